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

/** Public fields for listings and the API: never the hash or the sealed signing secret. */
export function toPublicKeyView(key: ApiKeyRecord, now: Date) {
  return {
    key_id: key.keyId,
    name: key.name,
    kind: key.kind,
    environment: key.environment,
    hint: `${key.hintFirst}…${key.hintLast}`,
    scopes: key.scopes,
    version: key.version,
    status: describeKeyStatus(key, now),
    created_at: key.createdAt.toISOString(),
    expires_at: key.expiresAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    allowed_origins: key.allowedOrigins,
    allowed_ips: key.allowedIps,
    rate_limit_per_minute: key.rateLimitPerMinute,
  };
}
