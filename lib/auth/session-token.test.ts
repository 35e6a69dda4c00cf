import { describe, expect, it } from "vitest";
import { generateCsrfToken, generateSessionToken, hashSessionToken, isSecureRequest, isWellFormedSessionToken, tokensMatch } from "./session-token";

describe("session tokens", () => {
  it("are 32 random bytes in base64url and differ every time", () => {
    const a = generateSessionToken();
    const b = generateSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(isWellFormedSessionToken(a)).toBe(true);
    expect(isWellFormedSessionToken(`${a}x`)).toBe(false);
    expect(isWellFormedSessionToken("")).toBe(false);
  });

  it("are stored as SHA-256 hex, never as themselves", () => {
    const token = generateSessionToken();
    const id = hashSessionToken(token);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).not.toContain(token);
    expect(hashSessionToken(token)).toBe(id);
  });
});

describe("csrf tokens", () => {
  it("match only the same token", () => {
    const token = generateCsrfToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, token.slice(1))).toBe(false);
    expect(tokensMatch(token, "")).toBe(false);
    expect(tokensMatch(token, null)).toBe(false);
    expect(tokensMatch("", "")).toBe(false);
  });
});

describe("https detection", () => {
  it("follows X-Forwarded-Proto, then Origin", () => {
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https, http" }))).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "http", origin: "https://example.com" }))).toBe(false);
    expect(isSecureRequest(new Headers({ origin: "https://example.com" }))).toBe(true);
    expect(isSecureRequest(new Headers({ origin: "http://127.0.0.1:3100" }))).toBe(false);
    expect(isSecureRequest(new Headers())).toBe(false);
  });
});
