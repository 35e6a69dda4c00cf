import { randomBytes } from "node:crypto";

export const BASE62_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

const BASE = 62n;

// 62 * 4 = 248: bytes at or above it are dropped so that `byte % 62` is exactly uniform.
const REJECTION_LIMIT = 248;

/** Big-endian base62 of `bytes`, left-padded with "0" to exactly `width` characters; throws when it does not fit. */
export function encodeBase62Fixed(bytes: Uint8Array, width: number): string {
  if (!Number.isSafeInteger(width) || width < 0) throw new Error(`Invalid base62 width: ${width}`);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let text = "";
  while (value > 0n) {
    text = BASE62_ALPHABET.charAt(Number(value % BASE)) + text;
    value /= BASE;
  }
  if (text.length > width) throw new Error(`Value needs ${text.length} base62 characters, more than ${width}`);
  return text.padStart(width, "0");
}

/** `length` characters drawn uniformly from the base62 alphabet with a CSPRNG. */
export function randomBase62(length: number): string {
  if (!Number.isSafeInteger(length) || length < 0) throw new Error(`Invalid base62 length: ${length}`);
  let text = "";
  while (text.length < length) {
    // A little over what is needed, since about 3% of bytes are rejected.
    const batch = randomBytes(Math.ceil((length - text.length) * 1.1) + 4);
    for (const byte of batch) {
      if (byte >= REJECTION_LIMIT) continue;
      text += BASE62_ALPHABET.charAt(byte % 62);
      if (text.length === length) break;
    }
  }
  return text;
}
