import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { randomBase62 } from "./base62";

const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Binds the ciphertext to this format version, so a future format cannot be fed one of these blobs.
const ASSOCIATED_DATA = Buffer.from("burnwatch.secret-box.v1", "utf8");
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export const SIGNING_SECRET_PREFIX = "bws_";

function assertKeyEncryptionKey(kek: Buffer): void {
  if (!Buffer.isBuffer(kek) || kek.length !== KEY_BYTES) throw new Error("Key-encryption key must be 32 bytes");
}

function decodeBase64UrlStrict(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, "base64url");
  // Buffer decoding is lenient; only the canonical spelling is accepted, so each blob has one form.
  return bytes.toString("base64url") === text ? bytes : null;
}

/** AES-256-GCM with a random 12-byte IV: `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function sealSecret(plaintext: string, kek: Buffer): string {
  assertKeyEncryptionKey(kek);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, kek, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(ASSOCIATED_DATA);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** Decrypts a sealed secret; any tampering, wrong key or bad format gives the same generic error. */
export function openSecret(sealed: string, kek: Buffer): string {
  try {
    assertKeyEncryptionKey(kek);
    const parts = String(sealed).split(".");
    if (parts.length !== 4 || parts[0] !== VERSION) throw new Error("format");
    const [iv, tag, ciphertext] = parts.slice(1).map(decodeBase64UrlStrict);
    // GCM would otherwise accept a truncated tag, which weakens the authentication.
    if (!iv || iv.length !== IV_BYTES || !tag || tag.length !== TAG_BYTES || !ciphertext) throw new Error("format");
    const decipher = createDecipheriv(ALGORITHM, kek, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(ASSOCIATED_DATA);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // The cause is dropped on purpose: it would tell an attacker which check failed.
    throw new Error("cannot open sealed secret");
  }
}

/** The 32-byte key-encryption key from 64 hex characters or base64/base64url; throws without echoing the text. */
export function parseKeyEncryptionKey(text: string): Buffer {
  const trimmed = typeof text === "string" ? text.trim() : "";
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  const isBase64 = /^[A-Za-z0-9+/]{43}=?$/.test(trimmed);
  const isBase64Url = /^[A-Za-z0-9_-]{43}=?$/.test(trimmed);
  if (isBase64 || isBase64Url) {
    const unpadded = trimmed.replace(/=$/, "");
    const bytes = Buffer.from(unpadded, isBase64 ? "base64" : "base64url");
    const canonical = bytes.toString(isBase64 ? "base64" : "base64url").replace(/=$/, "");
    if (bytes.length === KEY_BYTES && canonical === unpadded) return bytes;
  }
  throw new Error("Key-encryption key must be 32 bytes as 64 hex characters or base64/base64url");
}

/** A new per-key signing secret, shown once: `bws_` + 43 base62 characters. */
export function generateSigningSecret(): string {
  return SIGNING_SECRET_PREFIX + randomBase62(43);
}
