import type { ApiKeyRecord } from "./key-record";

/**
 * A short in-process cache of key records by keyId: at most `maxAgeMs` stale, evicted at once when this process
 * revokes or rotates a key. Expiry is always checked against the clock by the caller, cached or not.
 */
export class KeyCache {
  private readonly entries = new Map<string, { record: ApiKeyRecord | null; loadedAtMs: number }>();

  constructor(private readonly maxAgeMs = 10_000, private readonly maxEntries = 10_000) {}

  async get(keyId: string, nowMs: number, load: (keyId: string) => Promise<ApiKeyRecord | null>): Promise<ApiKeyRecord | null> {
    const hit = this.entries.get(keyId);
    if (hit && nowMs - hit.loadedAtMs < this.maxAgeMs && nowMs >= hit.loadedAtMs) return hit.record;
    const record = await load(keyId);
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(keyId, { record, loadedAtMs: nowMs });
    return record;
  }

  evict(keyId: string): void {
    this.entries.delete(keyId);
  }

  private readonly lastUsedWrites = new Map<string, number>();

  /** Whether this process should write last-used now: at most once a minute per key (the database guards across servers). */
  claimLastUsedWrite(keyId: string, nowMs: number): boolean {
    const last = this.lastUsedWrites.get(keyId);
    if (last !== undefined && nowMs - last < 60_000 && nowMs >= last) return false;
    if (this.lastUsedWrites.size >= this.maxEntries) this.lastUsedWrites.clear();
    this.lastUsedWrites.set(keyId, nowMs);
    return true;
  }
}
