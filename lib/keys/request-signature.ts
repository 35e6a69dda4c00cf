import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_MAX_AGE_SECONDS = 60;
export const SIGNATURE_MAX_SKEW_SECONDS = 5;
// A nonce must outlive the whole acceptance window (60 s back + 5 s ahead) or a replay could slip through.
export const NONCE_TTL_SECONDS = 65;

const SIGNATURE_VERSION = "v1";
const MAX_SIGNATURE_VALUES = 5;
// Five `v1=` values and separators fit in well under this; longer headers are refused before splitting.
const MAX_SIGNATURE_HEADER_LENGTH = 1024;
const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
const SIGNATURE_ENTRY = /^(v[0-9]{1,3})=(.+)$/;

export type StringToSignInput = {
  timestamp: number;
  nonce: string;
  method: string;
  path: string;
  query: URLSearchParams | string;
  bodySha256Hex: string;
};

export type TimestampCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: "missing" | "malformed" | "too_old" | "in_future" };

export type NonceCheck = { ok: true; nonce: string } | { ok: false; reason: "missing" | "malformed" };

/** RFC 3986 percent-encoding: everything but unreserved characters `A-Z a-z 0-9 - . _ ~`. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The canonical query: pairs encoded, then sorted by encoded key and then encoded value, joined `k=v&k=v`. */
export function canonicalizeQuery(query: URLSearchParams | string): string {
  const params = typeof query === "string" ? new URLSearchParams(query.startsWith("?") ? query.slice(1) : query) : query;
  const pairs: Array<[string, string]> = [];
  // URLSearchParams holds well-formed strings only (lone surrogates become U+FFFD), so encoding cannot throw.
  for (const [key, value] of params) pairs.push([encodeRfc3986(key), encodeRfc3986(value)]);
  // Sorting the encoded (pure ASCII) text gives the same order in every language, unlike UTF-16 code-unit order.
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join("&");
}

/** Hex SHA-256 of the raw body (UTF-8 for strings); sha256Hex("") for a request without a body. */
export function sha256Hex(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}

/** The newline-joined text that is signed; throws on inputs that would make it ambiguous. */
export function buildStringToSign(input: StringToSignInput): string {
  const { timestamp, nonce, method, path, query, bodySha256Hex } = input;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new Error("Timestamp must be whole Unix seconds");
  for (const [name, value] of [["nonce", nonce], ["method", method], ["path", path]] as const) {
    // A newline inside a field could shift text from one line to the next and still sign the same string.
    if (/[\r\n]/.test(value)) throw new Error(`The ${name} of a signed request must not contain a line break`);
  }
  if (!HEX_DIGEST.test(bodySha256Hex)) throw new Error("bodySha256Hex must be 64 hex characters");
  return [
    SIGNATURE_VERSION,
    String(timestamp),
    nonce,
    method.toUpperCase(),
    path,
    canonicalizeQuery(query),
    bodySha256Hex.toLowerCase(),
  ].join("\n");
}

/** Hex HMAC-SHA256 of the string to sign, without the version label. */
export function computeSignatureHex(signingSecret: string, stringToSign: string): string {
  return createHmac("sha256", signingSecret).update(stringToSign, "utf8").digest("hex");
}

/** The `X-BW-Signature` header value: `v1=<hex HMAC-SHA256>`. */
export function signRequest(signingSecret: string, stringToSign: string): string {
  return `${SIGNATURE_VERSION}=${computeSignatureHex(signingSecret, stringToSign)}`;
}

/** The `v1` hex digests of an `X-BW-Signature` header, lowercased; null when missing, malformed or without any `v1`. */
export function parseSignatureHeader(value: string | null): string[] | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_SIGNATURE_HEADER_LENGTH) return null;
  const entries = value.split(/[ \t,]+/).filter((entry) => entry !== "");
  if (entries.length === 0 || entries.length > MAX_SIGNATURE_VALUES) return null;
  const digests: string[] = [];
  for (const entry of entries) {
    const match = SIGNATURE_ENTRY.exec(entry);
    if (!match) return null;
    const [, version, digest] = match;
    // Other versions are skipped so that a future scheme can be sent alongside v1.
    if (version !== SIGNATURE_VERSION) continue;
    if (digest === undefined || !HEX_DIGEST.test(digest)) return null;
    digests.push(digest.toLowerCase());
  }
  return digests.length > 0 ? digests : null;
}

/** Constant-time check of the expected digest (hex, or `v1=<hex>`) against every candidate; true if any matches. */
export function signatureMatches(expectedHex: string, candidates: readonly string[]): boolean {
  if (typeof expectedHex !== "string" || !Array.isArray(candidates)) return false;
  const expectedText = expectedHex.startsWith(`${SIGNATURE_VERSION}=`) ? expectedHex.slice(3) : expectedHex;
  if (!HEX_DIGEST.test(expectedText)) return false;
  const expected = Buffer.from(expectedText, "hex");
  let matched = false;
  // Every candidate is compared, so the time taken does not reveal which one matched.
  for (const candidate of candidates) {
    if (typeof candidate !== "string" || !HEX_DIGEST.test(candidate)) continue;
    if (timingSafeEqual(expected, Buffer.from(candidate, "hex"))) matched = true;
  }
  return matched;
}

/** Validates `X-BW-Timestamp` (decimal Unix seconds) against a window of 60 s back and 5 s ahead of `nowSeconds`. */
export function checkTimestamp(timestampHeader: string | null, nowSeconds: number): TimestampCheck {
  if (typeof timestampHeader !== "string" || timestampHeader.length === 0) return { ok: false, reason: "missing" };
  if (!/^[0-9]{1,12}$/.test(timestampHeader)) return { ok: false, reason: "malformed" };
  // Without a usable clock nothing can be accepted.
  if (!Number.isFinite(nowSeconds)) return { ok: false, reason: "malformed" };
  const timestamp = Number(timestampHeader);
  if (nowSeconds - timestamp > SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: "too_old" };
  if (timestamp - nowSeconds > SIGNATURE_MAX_SKEW_SECONDS) return { ok: false, reason: "in_future" };
  return { ok: true, timestamp };
}

/** Validates `X-BW-Nonce`: 32 to 128 hex characters (at least 16 random bytes), returned lowercased. */
export function checkNonce(value: string | null): NonceCheck {
  if (typeof value !== "string" || value.length === 0) return { ok: false, reason: "missing" };
  if (!/^[0-9a-fA-F]{32,128}$/.test(value)) return { ok: false, reason: "malformed" };
  return { ok: true, nonce: value.toLowerCase() };
}
