import type { ApiKeyRecord } from "@/lib/keys/key-record";

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
