import { randomBytes } from "node:crypto";
import { encodeBase62Fixed, randomBase62 } from "./base62";
import { crc32 } from "./crc32";

export type KeyKind = "secret" | "publishable";
export type KeyEnvironment = "live" | "test";
export type KeyPrefix = "bw_live_" | "bw_test_" | "bw_pk_";

export const KEY_ID_LENGTH = 16;
export const KEY_SECRET_LENGTH = 43;
export const KEY_CHECKSUM_LENGTH = 6;
const SECRET_BYTES = 32;

// The longest key is 74 characters; anything far beyond that is refused before any regex or CRC work.
const MAX_PARSE_LENGTH = 200;

/** Finds candidate keys in free text (for a secret scanner); confirm each hit with `parseApiKey`. */
export const KEY_PATTERN = /bw_(?:live|test|pk)_[0-9A-Za-z]{16}_[0-9A-Za-z]{49}/g;

const STRICT_KEY = /^bw_(live|test|pk)_([0-9A-Za-z]{16})_([0-9A-Za-z]{43})([0-9A-Za-z]{6})$/;

export type ParsedApiKey =
  | { ok: true; kind: KeyKind; environment: KeyEnvironment | null; keyId: string; prefix: KeyPrefix }
  | { ok: false; reason: "malformed" | "bad_checksum" };

export function selectKeyPrefix(kind: KeyKind, environment: KeyEnvironment): KeyPrefix {
  // A publishable key's environment lives in the database: the string only says it is public.
  if (kind === "publishable") return "bw_pk_";
  return environment === "live" ? "bw_live_" : "bw_test_";
}

function computeChecksum(body: string): string {
  const value = crc32(body);
  const bytes = new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
  return encodeBase62Fixed(bytes, KEY_CHECKSUM_LENGTH);
}

/** A key from its parts: prefix, a 16-character keyId and 32 secret bytes, with its checksum. */
export function assembleApiKey(options: { kind: KeyKind; environment: KeyEnvironment; keyId: string; secretBytes: Uint8Array }): { key: string; keyId: string; prefix: KeyPrefix } {
  if (!/^[0-9A-Za-z]{16}$/.test(options.keyId) || options.secretBytes.length !== SECRET_BYTES) throw new Error("a key needs a 16-character base62 keyId and 32 secret bytes");
  const prefix = selectKeyPrefix(options.kind, options.environment);
  const body = `${prefix}${options.keyId}_${encodeBase62Fixed(options.secretBytes, KEY_SECRET_LENGTH)}`;
  return { key: body + computeChecksum(body), keyId: options.keyId, prefix };
}

/** A new random key, shown once; store only its hash, keyId and display hints. */
export function generateApiKey(options: { kind: KeyKind; environment: KeyEnvironment }): { key: string; keyId: string; prefix: KeyPrefix } {
  return assembleApiKey({ ...options, keyId: randomBase62(KEY_ID_LENGTH), secretBytes: randomBytes(SECRET_BYTES) });
}

/** Strict parse of a presented key; never throws. Checksum failures are reported before any part is returned. */
export function parseApiKey(text: string): ParsedApiKey {
  if (typeof text !== "string" || text.length > MAX_PARSE_LENGTH) return { ok: false, reason: "malformed" };
  const match = STRICT_KEY.exec(text);
  if (!match) return { ok: false, reason: "malformed" };
  const [, tag, keyId, , checksum] = match;
  if (tag === undefined || keyId === undefined || checksum === undefined) return { ok: false, reason: "malformed" };
  const body = text.slice(0, text.length - KEY_CHECKSUM_LENGTH);
  if (computeChecksum(body) !== checksum) return { ok: false, reason: "bad_checksum" };
  if (tag === "pk") return { ok: true, kind: "publishable", environment: null, keyId, prefix: "bw_pk_" };
  const environment: KeyEnvironment = tag === "live" ? "live" : "test";
  return { ok: true, kind: "secret", environment, keyId, prefix: selectKeyPrefix("secret", environment) };
}

/** The first and last 4 characters of the key, safe to store and show in the portal. */
export function keyDisplayHints(key: string): { first4: string; last4: string } {
  return { first4: key.slice(0, 4), last4: key.slice(-4) };
}
