import "server-only";
import { recordAuditEvent } from "@/lib/audit/audit-log";
import { addDays, toUtcDay } from "@/lib/days/utc-day";
import type { ApiKeyRecord } from "@/lib/keys/key-record";
import { toPublicKeyView } from "@/lib/keys/key-record";
import { createApiKey, findApiKey, listClientKeys, revokeApiKey, rotateApiKey, rotateSigningSecret, updateApiKey } from "@/lib/keys/key-store";
import { listKeyUsage } from "@/lib/keys/usage";
import { createKeyOperation, getKeyUsageOperation, rotateKeyOperation, rotateSigningSecretOperation, updateKeyOperation } from "../contract/key-operations";
import type { ApiHandler, ApiHandlerInput } from "../with-api-key";
import { jsonResponse, parseJsonBody, parseQuery } from "../json";
import { ApiProblem } from "../problem";

type KeyParams = { keyId: string };

/**
 * A key another client owns is "not found", exactly like a key that does not exist: the answer must not tell
 * one client which keys another has. A test key may not act on live keys.
 */
async function findOwnKey({ services, key: caller, params }: ApiHandlerInput<KeyParams>): Promise<ApiKeyRecord> {
  const target = /^[0-9A-Za-z]{16}$/.test(params.keyId) ? await findApiKey(services.db, params.keyId) : null;
  if (!target || target.clientId !== caller.clientId) throw new ApiProblem("not_found", "No such key.");
  if (caller.environment === "test" && target.environment === "live") throw new ApiProblem("forbidden", "A test key cannot act on live keys.");
  return target;
}

export const listKeys: ApiHandler<Record<string, never>> = async ({ services, key, now }) => {
  const keys = await listClientKeys(services.db, key.clientId);
  return jsonResponse({ data: keys.filter((record) => key.environment === "live" || record.environment === "test").map((record) => toPublicKeyView(record, now)) });
};

export const createKey: ApiHandler<Record<string, never>> = async ({ services, key, rawBody, now, context }) => {
  const body = parseJsonBody(createKeyOperation.body, rawBody);
  if (key.environment === "test" && body.environment === "live") throw new ApiProblem("forbidden", "A test key cannot create live keys.");
  const issued = await createApiKey(
    services.db,
    { clientId: key.clientId, name: body.name, kind: "secret", environment: body.environment, scopes: body.scopes, expiresAt: body.expires_in_days ? new Date(now.getTime() + body.expires_in_days * 86_400_000) : null },
    { kek: services.kek(), now },
  );
  await recordAuditEvent(services.db, { action: "key.created", outcome: "success", actor: `key:${key.keyId}`, clientId: key.clientId, keyId: issued.record.keyId, ip: context.ip, requestId: context.requestId, details: { scopes: issued.record.scopes } }, now);
  return jsonResponse({ key: issued.key, signing_secret: issued.signingSecret, ...toPublicKeyView(issued.record, now) }, { status: 201 });
};

export const rotateKey: ApiHandler<KeyParams> = async (input) => {
  const { services, key, rawBody, now, context } = input;
  const body = parseJsonBody(rotateKeyOperation.body, rawBody);
  const target = await findOwnKey(input);
  const result = await rotateApiKey(services.db, target.keyId, body.graceSeconds, { kek: services.kek(), now });
  services.keyCache.evict(target.keyId);
  await recordAuditEvent(
    services.db,
    { action: "key.rotated", outcome: "success", actor: `key:${key.keyId}`, clientId: key.clientId, keyId: target.keyId, ip: context.ip, requestId: context.requestId, details: { successor: result.record.keyId, graceSeconds: body.graceSeconds, oldExpiresAt: result.previous.expiresAt?.toISOString() ?? null } },
    now,
  );
  return jsonResponse(
    { key: result.key, signing_secret: result.signingSecret, ...toPublicKeyView(result.record, now), previous: { key_id: result.previous.keyId, expires_at: result.previous.expiresAt?.toISOString() ?? null, revoked_at: result.previous.revokedAt?.toISOString() ?? null } },
    { status: 201 },
  );
};

export const revokeKey: ApiHandler<KeyParams> = async (input) => {
  const { services, key, now, context } = input;
  const target = await findOwnKey(input);
  const revoked = await revokeApiKey(services.db, target.keyId, now);
  services.keyCache.evict(target.keyId);
  await recordAuditEvent(services.db, { action: "key.revoked", outcome: "success", actor: `key:${key.keyId}`, clientId: key.clientId, keyId: target.keyId, ip: context.ip, requestId: context.requestId }, now);
  return jsonResponse(toPublicKeyView(revoked, now));
};

export const getKeyUsage: ApiHandler<KeyParams> = async (input) => {
  const { services, request, now } = input;
  const { days } = parseQuery(getKeyUsageOperation.query, request);
  const target = await findOwnKey(input);
  const fromDay = addDays(toUtcDay(now), -(days - 1));
  await services.usage.flush();
  const rows = await listKeyUsage(services.db, [target.keyId], fromDay);
  return jsonResponse({ key_id: target.keyId, from: fromDay, to: toUtcDay(now), data: rows.map((row) => ({ date: row.day, status: row.status, in_grace: row.inGrace, count: row.count })) });
};

export const updateKey: ApiHandler<KeyParams> = async (input) => {
  const { services, key, rawBody, now, context } = input;
  const body = parseJsonBody(updateKeyOperation.body, rawBody);
  const target = await findOwnKey(input);
  const { before, after } = await updateApiKey(services.db, target.keyId, {
    name: body.name,
    scopes: body.scopes,
    rateLimitPerMinute: body.rate_limit_per_minute,
    allowedOrigins: body.allowed_origins,
    allowedIps: body.allowed_ips,
  });
  services.keyCache.evict(target.keyId);
  const summary = (record: ApiKeyRecord) => ({ name: record.name, scopes: record.scopes, rateLimitPerMinute: record.rateLimitPerMinute, allowedOrigins: record.allowedOrigins, allowedIps: record.allowedIps });
  await recordAuditEvent(services.db, { action: "key.updated", outcome: "success", actor: `key:${key.keyId}`, clientId: key.clientId, keyId: target.keyId, ip: context.ip, requestId: context.requestId, details: { before: summary(before), after: summary(after) } }, now);
  return jsonResponse(toPublicKeyView(after, now));
};

export const rotateKeySigningSecret: ApiHandler<KeyParams> = async (input) => {
  const { services, key, rawBody, now, context } = input;
  const body = parseJsonBody(rotateSigningSecretOperation.body, rawBody);
  const target = await findOwnKey(input);
  const { signingSecret, record } = await rotateSigningSecret(services.db, target.keyId, body.graceSeconds, { kek: services.kek(), now });
  services.keyCache.evict(target.keyId);
  const previousValidUntil = record.previousSigningSecretExpiresAt?.toISOString() ?? null;
  await recordAuditEvent(services.db, { action: "signing_secret.rotated", outcome: "success", actor: `key:${key.keyId}`, clientId: key.clientId, keyId: target.keyId, ip: context.ip, requestId: context.requestId, details: { graceSeconds: body.graceSeconds, previousValidUntil } }, now);
  return jsonResponse({ key_id: target.keyId, signing_secret: signingSecret, previous_signing_secret_valid_until: previousValidUntil }, { status: 201 });
};
