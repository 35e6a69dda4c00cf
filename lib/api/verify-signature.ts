import "server-only";
import type { ApiKeyRecord } from "@/lib/keys/key-record";
import { buildStringToSign, checkNonce, checkTimestamp, computeSignatureHex, NONCE_TTL_SECONDS, parseSignatureHeader, sha256Hex, signatureMatches } from "@/lib/keys/request-signature";
import { openSecret } from "@/lib/keys/secret-box";
import { ApiProblem } from "./problem";
import type { SharedState } from "./shared-state";

const signatureHeader = 'Bearer realm="api", error="invalid_token"';

function signatureProblem(detail: string): ApiProblem {
  return new ApiProblem("invalid_signature", detail, { headers: { "www-authenticate": signatureHeader } });
}

/**
 * Checks a state-changing request's signature: timestamp window, nonce format, HMAC over the canonical request,
 * then the nonce is recorded (only after the signature holds, so nobody can burn another client's nonces).
 * A nonce seen before is a replay; a nonce store that cannot be reached refuses the request (fail closed).
 */
export async function verifyRequestSignature(
  request: Request,
  rawBody: Uint8Array,
  key: ApiKeyRecord,
  deps: { state: SharedState; kek: Buffer; now: Date },
): Promise<void> {
  if (!key.signingSecretSealed) throw new ApiProblem("forbidden", "This key cannot sign requests, so it cannot change anything.");
  const timestamp = checkTimestamp(request.headers.get("x-bw-timestamp"), Math.floor(deps.now.getTime() / 1000));
  if (!timestamp.ok) throw signatureProblem(`X-BW-Timestamp is ${timestamp.reason.replace("_", " ")}: send the current Unix time in seconds.`);
  const nonce = checkNonce(request.headers.get("x-bw-nonce"));
  if (!nonce.ok) throw signatureProblem(`X-BW-Nonce is ${nonce.reason}: send at least 16 random bytes as hex.`);
  const candidates = parseSignatureHeader(request.headers.get("x-bw-signature"));
  if (!candidates) throw signatureProblem("X-BW-Signature is missing or malformed: send v1=<hex HMAC-SHA256>.");
  const url = new URL(request.url);
  const stringToSign = buildStringToSign({ timestamp: timestamp.timestamp, nonce: nonce.nonce, method: request.method, path: url.pathname, query: url.searchParams, bodySha256Hex: sha256Hex(rawBody) });
  // During a signing-secret rotation the previous secret still verifies, until its own expiry.
  const secrets = [key.signingSecretSealed, key.previousSigningSecretExpiresAt && key.previousSigningSecretExpiresAt > deps.now ? key.previousSigningSecretSealed : null];
  const matched = secrets.some((sealed) => sealed !== null && signatureMatches(computeSignatureHex(openSecret(sealed, deps.kek), stringToSign), candidates));
  if (!matched) throw signatureProblem("The signature does not match the request.");
  const fresh = await deps.state.rememberNonce(key.keyId, nonce.nonce, NONCE_TTL_SECONDS * 1000, deps.now.getTime());
  if (!fresh) throw new ApiProblem("replay_detected", "This nonce was already used: every signed request needs a new one.", { headers: { "www-authenticate": signatureHeader } });
}
