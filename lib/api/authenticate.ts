import "server-only";
import { parseApiKey } from "@/lib/keys/key-format";
import { hashApiKey, hashesMatch } from "@/lib/keys/key-hash";
import { describeKeyStatus, type ApiKeyRecord } from "@/lib/keys/key-record";
import { ApiProblem } from "./problem";

export type CredentialSource = "authorization" | "coingecko-header";

/** The presented key: `Authorization: Bearer …`, or where a route allows it the CoinGecko headers. Never the query string. */
export function readPresentedKey(headers: Headers, allowCoingeckoHeaders: boolean): string | null {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? "";
  }
  if (allowCoingeckoHeaders) return headers.get("x-cg-pro-api-key") ?? headers.get("x-cg-demo-api-key");
  return null;
}

const invalidTokenHeader = 'Bearer realm="api", error="invalid_token"';

/** The one answer for unknown, revoked, wrong-secret and malformed keys: it tells nothing about which keys exist. */
export function invalidTokenProblem(): ApiProblem {
  return new ApiProblem("invalid_token", "The API key is missing, malformed, unknown or revoked.", { headers: { "www-authenticate": invalidTokenHeader } });
}

export type AuthenticationFailure = { problem: ApiProblem; keyId: string | null; reason: string };

/**
 * Verifies a presented key: parse → checksum → look up by keyId → constant-time hash compare → revoked → expired.
 * The checksum is checked before any lookup, so look-alike strings never reach the cache or the database.
 */
export async function authenticateApiKey(
  presented: string | null,
  lookUp: (keyId: string) => Promise<ApiKeyRecord | null>,
  now: Date,
): Promise<{ ok: true; key: ApiKeyRecord } | ({ ok: false } & AuthenticationFailure)> {
  if (presented === null) {
    return { ok: false, problem: new ApiProblem("invalid_token", "An API key is required: send it as Authorization: Bearer <key>.", { headers: { "www-authenticate": 'Bearer realm="api"' } }), keyId: null, reason: "missing" };
  }
  const parsed = parseApiKey(presented);
  if (!parsed.ok) return { ok: false, problem: invalidTokenProblem(), keyId: null, reason: parsed.reason };
  const key = await lookUp(parsed.keyId);
  if (!key) return { ok: false, problem: invalidTokenProblem(), keyId: parsed.keyId, reason: "unknown" };
  if (!hashesMatch(hashApiKey(presented), key.keyHash)) return { ok: false, problem: invalidTokenProblem(), keyId: parsed.keyId, reason: "wrong_secret" };
  const status = describeKeyStatus(key, now);
  if (status === "revoked") return { ok: false, problem: invalidTokenProblem(), keyId: key.keyId, reason: "revoked" };
  if (status === "expired") {
    return {
      ok: false,
      problem: new ApiProblem("key_expired", `The API key expired at ${key.expiresAt?.toISOString()}; use its successor or create a new key.`, { headers: { "www-authenticate": invalidTokenHeader } }),
      keyId: key.keyId,
      reason: "expired",
    };
  }
  return { ok: true, key };
}
