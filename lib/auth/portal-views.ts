import type { KeyEnvironment, KeyKind } from "@/lib/keys/key-format";
import { describeKeyStatus, type ApiKeyRecord, type KeyStatus } from "@/lib/keys/key-record";

/** A key as the portal shows it: plain, serialisable fields, never the hash or the sealed signing secret. */
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
  };
}

type ChainLink = Pick<ApiKeyRecord, "id" | "rotatedFromId" | "version" | "createdAt">;

/**
 * The versions of one key, oldest first: its predecessors through `rotatedFromId` and its successors (keys
 * rotated from it). Rotations never leave their client, so the client's keys hold the whole chain. A visited set
 * guards against a cycle in hand-edited data.
 */
export function buildRotationChain<T extends ChainLink>(key: T, clientKeys: readonly T[]): T[] {
  const byId = new Map(clientKeys.map((candidate) => [candidate.id, candidate]));
  const visited = new Set<number>([key.id]);
  const older: T[] = [];
  for (let current = key.rotatedFromId === null ? undefined : byId.get(key.rotatedFromId); current && !visited.has(current.id); current = current.rotatedFromId === null ? undefined : byId.get(current.rotatedFromId)) {
    visited.add(current.id);
    older.unshift(current);
  }
  const newer: T[] = [];
  for (let current: T | undefined = key; current; ) {
    const from: number = current.id;
    const next = clientKeys.filter((candidate) => candidate.rotatedFromId === from && !visited.has(candidate.id)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
    if (next) {
      visited.add(next.id);
      newer.push(next);
    }
    current = next;
  }
  return [...older, key, ...newer];
}
