import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "bw_session";
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

// 32 random bytes in base64url without padding: 43 characters.
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** A new session token: it lives only in the browser's cookie; the database keeps its SHA-256. */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isWellFormedSessionToken(token: string): boolean {
  return tokenPattern.test(token);
}

/** The Session row's id: a database leak yields hashes, which cannot be presented as cookies. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateCsrfToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Constant-time equality for tokens of any length: both sides are hashed first, so neither the content nor the
 * length of the expected token leaks through timing.
 */
export function tokensMatch(expected: string, presented: unknown): boolean {
  if (typeof presented !== "string" || presented.length === 0 || expected.length === 0) return false;
  const a = createHash("sha256").update(expected, "utf8").digest();
  const b = createHash("sha256").update(presented, "utf8").digest();
  return timingSafeEqual(a, b);
}

/**
 * Whether the browser reached us over https: the cookie is then marked Secure. Next fills X-Forwarded-Proto
 * from the socket when no proxy did; the Origin header is the fallback. Over plain http (the tests on
 * 127.0.0.1) a Secure cookie would never come back, so it is not set there.
 */
export function isSecureRequest(headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return headers.get("origin")?.toLowerCase().startsWith("https://") ?? false;
}
