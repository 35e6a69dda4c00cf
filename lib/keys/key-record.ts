import { z } from "zod";
import type { KeyEnvironment, KeyKind } from "./key-format";

/** An API key as the application sees it: JSON columns parsed, never the key or its signing secret in clear. */
export type ApiKeyRecord = {
  id: number;
  keyId: string;
  kind: KeyKind;
  environment: KeyEnvironment;
  name: string;
  clientId: number;
  ownerId: number | null;
  keyHash: string;
  hintFirst: string;
  hintLast: string;
  scopes: string[];
  version: number;
  rotatedFromId: number | null;
  allowedOrigins: string[];
  allowedIps: string[];
  rateLimitPerMinute: number | null;
  signingSecretSealed: string | null;
  previousSigningSecretSealed: string | null;
  previousSigningSecretExpiresAt: Date | null;
  createdAt: Date;
  expiresAt: Date | null;
  graceStartedAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

const stringList = z.array(z.string());

type ApiKeyRow = Omit<ApiKeyRecord, "kind" | "environment" | "scopes" | "allowedOrigins" | "allowedIps" | "ownerId"> & {
  kind: string;
  environment: string;
  scopes: string;
  allowedOrigins: string;
  allowedIps: string;
  client: { ownerId: number | null };
};

export function toApiKeyRecord(row: ApiKeyRow): ApiKeyRecord {
  const { client, ...rest } = row;
  return {
    ...rest,
    kind: z.enum(["secret", "publishable"]).parse(row.kind),
    environment: z.enum(["live", "test"]).parse(row.environment),
    scopes: stringList.parse(JSON.parse(row.scopes)),
    allowedOrigins: stringList.parse(JSON.parse(row.allowedOrigins)),
    allowedIps: stringList.parse(JSON.parse(row.allowedIps)),
    ownerId: client.ownerId,
  };
}

export type KeyStatus = "active" | "grace" | "expired" | "revoked";

/** Where a key stands at `now`: revoked and expired keys are refused; a key in its grace window still works. */
export function describeKeyStatus(key: Pick<ApiKeyRecord, "revokedAt" | "expiresAt" | "graceStartedAt">, now: Date): KeyStatus {
  if (key.revokedAt && key.revokedAt <= now) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  if (key.graceStartedAt && key.graceStartedAt <= now) return "grace";
  return "active";
}

/** A key as people and the API see it: plain, serialisable fields, never the hash or the sealed signing secret. */
export type KeyView = {
  keyId: string;
  name: string;
  kind: KeyKind;
  environment: KeyEnvironment;
  hint: string;
  scopes: string[];
  version: number;
  status: KeyStatus;
  clientId: number;
  createdAt: string;
  expiresAt: string | null;
  graceStartedAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  allowedOrigins: string[];
  allowedIps: string[];
  rateLimitPerMinute: number | null;
};

export function toKeyView(key: ApiKeyRecord, now: Date): KeyView {
  return {
    keyId: key.keyId,
    name: key.name,
    kind: key.kind,
    environment: key.environment,
    hint: `${key.hintFirst}…${key.hintLast}`,
    scopes: key.scopes,
    version: key.version,
    status: describeKeyStatus(key, now),
    clientId: key.clientId,
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    graceStartedAt: key.graceStartedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    allowedOrigins: key.allowedOrigins,
    allowedIps: key.allowedIps,
    rateLimitPerMinute: key.rateLimitPerMinute,
  };
}

/** The API's snake_case form of the same view. */
export function toPublicKeyView(key: ApiKeyRecord, now: Date) {
  const view = toKeyView(key, now);
  return {
    key_id: view.keyId,
    name: view.name,
    kind: view.kind,
    environment: view.environment,
    hint: view.hint,
    scopes: view.scopes,
    version: view.version,
    status: view.status,
    created_at: view.createdAt,
    expires_at: view.expiresAt,
    revoked_at: view.revokedAt,
    last_used_at: view.lastUsedAt,
    allowed_origins: view.allowedOrigins,
    allowed_ips: view.allowedIps,
    rate_limit_per_minute: view.rateLimitPerMinute,
  };
}
