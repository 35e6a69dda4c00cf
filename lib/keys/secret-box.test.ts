import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSigningSecret, openSecret, parseKeyEncryptionKey, sealSecret } from "./secret-box";

const KEK = Buffer.from("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "hex");
const OTHER_KEK = Buffer.alloc(32, 7);

function replacePart(sealed: string, index: number, replace: (part: string) => string): string {
  const parts = sealed.split(".");
  parts[index] = replace(parts[index] ?? "");
  return parts.join(".");
}

function flipFirstByte(part: string): string {
  const bytes = Buffer.from(part, "base64url");
  if (bytes.length > 0) bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString("base64url");
}

describe("sealSecret / openSecret", () => {
  it("round-trips, including empty and non-ASCII text", () => {
    for (const text of ["bws_abc", "", "signing secret é 🦊", "x".repeat(10_000)]) {
      expect(openSecret(sealSecret(text, KEK), KEK)).toBe(text);
    }
  });

  it("uses a fresh IV each time and the documented layout", () => {
    const first = sealSecret("same", KEK);
    const second = sealSecret("same", KEK);
    expect(first).not.toBe(second);
    const [version, iv, tag, ciphertext] = first.split(".");
    expect(version).toBe("v1");
    expect(Buffer.from(iv ?? "", "base64url")).toHaveLength(12);
    expect(Buffer.from(tag ?? "", "base64url")).toHaveLength(16);
    expect(Buffer.from(ciphertext ?? "", "base64url")).toHaveLength(4);
    expect(first).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/);
  });

  it("refuses a wrong key or any tampering with the same generic error", () => {
    const sealed = sealSecret("bws_secret", KEK);
    const tampered = [
      replacePart(sealed, 1, flipFirstByte),
      replacePart(sealed, 2, flipFirstByte),
      replacePart(sealed, 3, flipFirstByte),
      replacePart(sealed, 0, () => "v2"),
      replacePart(sealed, 2, (tag) => Buffer.from(tag, "base64url").subarray(0, 12).toString("base64url")),
      replacePart(sealed, 3, (ct) => ct + "AA"),
      sealed.split(".").slice(0, 3).join("."),
      `${sealed}.x`,
      sealed.replace(".", ".!"),
      "",
      "v1...",
    ];
    expect(() => openSecret(sealed, OTHER_KEK)).toThrow(/^cannot open sealed secret$/);
    expect(() => openSecret(sealed, Buffer.alloc(16))).toThrow(/^cannot open sealed secret$/);
    for (const value of tampered) expect(() => openSecret(value, KEK)).toThrow(/^cannot open sealed secret$/);
  });

  it("refuses a ciphertext sealed without the associated data", () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", KEK, iv);
    const ciphertext = Buffer.concat([cipher.update("bws_secret", "utf8"), cipher.final()]);
    const sealed = ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
    expect(() => openSecret(sealed, KEK)).toThrow(/^cannot open sealed secret$/);
  });

  it("refuses to seal with a key of the wrong size", () => {
    expect(() => sealSecret("x", Buffer.alloc(31))).toThrow(/32 bytes/);
  });
});

describe("parseKeyEncryptionKey", () => {
  it("accepts hex, base64 and base64url spellings of 32 bytes", () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 250 - i));
    expect(parseKeyEncryptionKey(bytes.toString("hex"))).toEqual(bytes);
    expect(parseKeyEncryptionKey(bytes.toString("hex").toUpperCase())).toEqual(bytes);
    expect(parseKeyEncryptionKey(bytes.toString("base64"))).toEqual(bytes);
    expect(parseKeyEncryptionKey(bytes.toString("base64").replace(/=$/, ""))).toEqual(bytes);
    expect(parseKeyEncryptionKey(bytes.toString("base64url"))).toEqual(bytes);
    expect(parseKeyEncryptionKey(`  ${bytes.toString("hex")}\n`)).toEqual(bytes);
  });

  it("throws on anything else without echoing the text", () => {
    const bad = [
      "",
      "00".repeat(31),
      "00".repeat(33),
      "zz".repeat(32),
      Buffer.alloc(31).toString("base64"),
      Buffer.alloc(33).toString("base64"),
      `${Buffer.alloc(32, 255).toString("base64").slice(0, 42)}+_`, // mixes the two alphabets
      `${"A".repeat(42)}B`, // non-canonical: the last character carries bits beyond 32 bytes
    ];
    for (const text of bad) {
      expect(() => parseKeyEncryptionKey(text)).toThrow(/^Key-encryption key must be 32 bytes/);
      try {
        parseKeyEncryptionKey(text);
      } catch (error) {
        if (text.length > 0) expect((error as Error).message).not.toContain(text);
      }
    }
  });
});

describe("generateSigningSecret", () => {
  it("is bws_ followed by 43 base62 characters and never repeats", () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generateSigningSecret()));
    expect(secrets.size).toBe(200);
    for (const secret of secrets) expect(secret).toMatch(/^bws_[0-9A-Za-z]{43}$/);
  });
});
