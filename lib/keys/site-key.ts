import { createHmac } from "node:crypto";
import { encodeBase62Fixed } from "./base62";
import { assembleApiKey } from "./key-format";

/**
 * The site's own publishable key, derived from the key-encryption key rather than stored: every app server with
 * the same KEK computes the same key for its pages, and the database keeps only its hash like any other key.
 */
export function deriveSitePublishableKey(kek: Buffer): { key: string; keyId: string } {
  const derive = (label: string) => createHmac("sha256", kek).update(`burnwatch:site-publishable-key:${label}`).digest();
  // 11 bytes (88 bits) always fit in 16 base62 characters.
  const keyId = encodeBase62Fixed(derive("id").subarray(0, 11), 16);
  const { key } = assembleApiKey({ kind: "publishable", environment: "live", keyId, secretBytes: derive("secret") });
  return { key, keyId };
}
