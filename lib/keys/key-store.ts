import "server-only";
import type { Db } from "@/lib/db";
import { ApiProblem } from "@/lib/api/problem";
import { generateApiKey, keyDisplayHints, type KeyEnvironment, type KeyKind } from "./key-format";
import { hashApiKey } from "./key-hash";
import { describeKeyStatus, toApiKeyRecord, type ApiKeyRecord } from "./key-record";
import { MAX_GRACE_SECONDS } from "./grace-window";
import { assertScopesAllowedFor } from "./scopes";
import { generateSigningSecret, sealSecret } from "./secret-box";

export const MAX_ACTIVE_KEYS_PER_CLIENT = 10;

/** A grace window of a key or a signing secret: whole seconds from 0 (end at once) to 7 days. */
function assertGraceSeconds(graceSeconds: number): void {
  if (!Number.isInteger(graceSeconds) || graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
    throw new ApiProblem("unprocessable", `graceSeconds must be a whole number from 0 to ${MAX_GRACE_SECONDS} (7 days)`, { fields: { parameter: "graceSeconds" } });
  }
}

export type NewKeyInput = {
  clientId: number;
  name: string;
  kind: KeyKind;
  environment: KeyEnvironment;
  scopes: string[];
  expiresAt: Date | null;
  allowedOrigins?: string[];
  allowedIps?: string[];
  rateLimitPerMinute?: number | null;
};

/** A key as created: the key and its signing secret are returned here once and stored only hashed or sealed. */
export type IssuedKey = { key: string; signingSecret: string | null; record: ApiKeyRecord };

const withClient = { client: { select: { ownerId: true } } } as const;

export async function findApiKey(db: Db, keyId: string): Promise<ApiKeyRecord | null> {
  const row = await db.apiKey.findUnique({ where: { keyId }, include: withClient });
  return row ? toApiKeyRecord(row) : null;
}

export async function listClientKeys(db: Db, clientId: number): Promise<ApiKeyRecord[]> {
  const rows = await db.apiKey.findMany({ where: { clientId }, include: withClient, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map(toApiKeyRecord);
}

async function countUsableKeys(db: Db, clientId: number, now: Date): Promise<number> {
  return db.apiKey.count({ where: { clientId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
}

function issue(input: NewKeyInput, kek: Buffer, extra: { version: number; rotatedFromId: number | null; createdAt: Date }) {
  assertScopesAllowedFor(input.kind, input.scopes);
  const generated = generateApiKey({ kind: input.kind, environment: input.environment });
  const signingSecret = input.kind === "secret" ? generateSigningSecret() : null;
  const hints = keyDisplayHints(generated.key);
  const data = {
    keyId: generated.keyId,
    kind: input.kind,
    environment: input.environment,
    name: input.name,
    clientId: input.clientId,
    keyHash: hashApiKey(generated.key),
    hintFirst: hints.first4,
    hintLast: hints.last4,
    scopes: JSON.stringify([...new Set(input.scopes)].sort()),
    version: extra.version,
    rotatedFromId: extra.rotatedFromId,
    allowedOrigins: JSON.stringify(input.allowedOrigins ?? []),
    allowedIps: JSON.stringify(input.allowedIps ?? []),
    rateLimitPerMinute: input.rateLimitPerMinute ?? null,
    signingSecretSealed: signingSecret ? sealSecret(signingSecret, kek) : null,
    createdAt: extra.createdAt,
    expiresAt: input.expiresAt,
  };
  return { key: generated.key, signingSecret, data };
}

export async function createApiKey(db: Db, input: NewKeyInput, options: { kek: Buffer; now: Date }): Promise<IssuedKey> {
  if (input.expiresAt && input.expiresAt <= options.now) throw new ApiProblem("unprocessable", "expires_at must be in the future");
  if ((await countUsableKeys(db, input.clientId, options.now)) >= MAX_ACTIVE_KEYS_PER_CLIENT) {
    throw new ApiProblem("conflict", `A client may hold at most ${MAX_ACTIVE_KEYS_PER_CLIENT} active keys; revoke one first`);
  }
  const issued = issue(input, options.kek, { version: 1, rotatedFromId: null, createdAt: options.now });
  const row = await db.apiKey.create({ data: issued.data, include: withClient });
  return { key: issued.key, signingSecret: issued.signingSecret, record: toApiKeyRecord(row) };
}

export type RotationResult = IssuedKey & { previous: ApiKeyRecord };

/**
 * Rotation without downtime: the successor takes over the old key's client, kind, scopes and limits with the next
 * version, and the old key keeps working until min(its own expiry, now + grace). Grace 0 revokes it at once.
 */
export async function rotateApiKey(db: Db, keyId: string, graceSeconds: number, options: { kek: Buffer; now: Date }): Promise<RotationResult> {
  assertGraceSeconds(graceSeconds);
  const old = await findApiKey(db, keyId);
  if (!old) throw new ApiProblem("not_found", "No such key");
  const status = describeKeyStatus(old, options.now);
  if (status === "revoked" || status === "expired") throw new ApiProblem("conflict", `The key is ${status} and cannot be rotated`);
  if (old.graceStartedAt) throw new ApiProblem("conflict", "The key was already rotated; rotate its successor instead");
  const { now } = options;
  const issued = issue(
    {
      clientId: old.clientId,
      name: old.name,
      kind: old.kind,
      environment: old.environment,
      scopes: old.scopes,
      expiresAt: old.expiresAt,
      allowedOrigins: old.allowedOrigins,
      allowedIps: old.allowedIps,
      rateLimitPerMinute: old.rateLimitPerMinute,
    },
    options.kek,
    { version: old.version + 1, rotatedFromId: old.id, createdAt: now },
  );
  const graceEnd = new Date(now.getTime() + graceSeconds * 1000);
  const oldExpiry = old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
  const [created, updated] = await db.$transaction([
    db.apiKey.create({ data: issued.data, include: withClient }),
    db.apiKey.update({
      where: { id: old.id },
      data: graceSeconds === 0 ? { revokedAt: now, graceStartedAt: now } : { expiresAt: oldExpiry, graceStartedAt: now },
      include: withClient,
    }),
  ]);
  return { key: issued.key, signingSecret: issued.signingSecret, record: toApiKeyRecord(created), previous: toApiKeyRecord(updated) };
}

export async function revokeApiKey(db: Db, keyId: string, now: Date): Promise<ApiKeyRecord> {
  const key = await findApiKey(db, keyId);
  if (!key) throw new ApiProblem("not_found", "No such key");
  if (key.revokedAt) return key;
  const row = await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: now }, include: withClient });
  return toApiKeyRecord(row);
}

/** Writes last-used at most once a minute per key and never backwards, whichever server sees the request. */
export async function touchLastUsed(db: Db, keyId: string, now: Date): Promise<void> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  await db.apiKey.updateMany({ where: { keyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: minuteAgo } }] }, data: { lastUsedAt: now } });
}

export type KeyChanges = { scopes?: string[]; rateLimitPerMinute?: number | null; allowedOrigins?: string[]; allowedIps?: string[]; name?: string };

/** Changes a key's scopes, limits or restrictions; returns it before and after, for the audit log. */
export async function updateApiKey(db: Db, keyId: string, changes: KeyChanges): Promise<{ before: ApiKeyRecord; after: ApiKeyRecord }> {
  const before = await findApiKey(db, keyId);
  if (!before) throw new ApiProblem("not_found", "No such key");
  if (before.revokedAt) throw new ApiProblem("conflict", "A revoked key cannot be changed");
  if (changes.scopes) assertScopesAllowedFor(before.kind, changes.scopes);
  const row = await db.apiKey.update({
    where: { id: before.id },
    data: {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.scopes ? { scopes: JSON.stringify([...new Set(changes.scopes)].sort()) } : {}),
      ...(changes.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: changes.rateLimitPerMinute } : {}),
      ...(changes.allowedOrigins ? { allowedOrigins: JSON.stringify(changes.allowedOrigins) } : {}),
      ...(changes.allowedIps ? { allowedIps: JSON.stringify(changes.allowedIps) } : {}),
    },
    include: withClient,
  });
  return { before, after: toApiKeyRecord(row) };
}

/**
 * A new signing secret for a secret key. The previous one keeps verifying signatures for `graceSeconds`, so that
 * clients can switch (sending both v1= signatures meanwhile) without a failed request.
 */
export async function rotateSigningSecret(db: Db, keyId: string, graceSeconds: number, options: { kek: Buffer; now: Date }): Promise<{ signingSecret: string; record: ApiKeyRecord }> {
  assertGraceSeconds(graceSeconds);
  const key = await findApiKey(db, keyId);
  if (!key) throw new ApiProblem("not_found", "No such key");
  if (!key.signingSecretSealed) throw new ApiProblem("conflict", "Publishable keys have no signing secret");
  const signingSecret = generateSigningSecret();
  const row = await db.apiKey.update({
    where: { id: key.id },
    data: {
      signingSecretSealed: sealSecret(signingSecret, options.kek),
      previousSigningSecretSealed: graceSeconds > 0 ? key.signingSecretSealed : null,
      previousSigningSecretExpiresAt: graceSeconds > 0 ? new Date(options.now.getTime() + graceSeconds * 1000) : null,
    },
    include: withClient,
  });
  return { signingSecret, record: toApiKeyRecord(row) };
}
