import { createHash, timingSafeEqual } from "node:crypto";

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** Hex SHA-256 of the full key: what is stored instead of the key. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Constant-time equality of two hex digests; false (never a throw) on different lengths or non-hex input. */
export function hashesMatch(aHex: string, bHex: string): boolean {
  if (typeof aHex !== "string" || typeof bHex !== "string") return false;
  // Buffer.from(…, "hex") silently stops at the first bad character, so validate first.
  if (!HEX.test(aHex) || !HEX.test(bHex)) return false;
  const a = Buffer.from(aHex, "hex");
  const b = Buffer.from(bHex, "hex");
  if (a.length === 0 || a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
