import "server-only";
import { Redis } from "ioredis";
import { failClosed, type SharedState } from "./shared-state";

/** Shared state in Redis (REDIS_URL). Commands fail fast instead of queueing while Redis is away: fail closed. */
export function createRedisSharedState(url: string, prefix = "bw:"): SharedState & { close: () => Promise<void> } {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, commandTimeout: 2000 });
  redis.on("error", () => {
    // Reported through the failing commands (as 503s); the event only keeps ioredis from printing each retry.
  });
  // Without the offline queue a command sent before the connection is up fails: wait for it, briefly.
  const ready = () =>
    redis.status === "ready"
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("Redis is not connected")), 2000);
          redis.once("ready", () => {
            clearTimeout(timer);
            resolve();
          });
        });
  const guard = <T>(work: () => Promise<T>): Promise<T> =>
    failClosed(async () => {
      await ready();
      return work();
    });
  const windowKey = (bucket: string, windowStartMs: number) => `${prefix}rl:${bucket}:${windowStartMs}`;
  return {
    incrementWindows: (increments) =>
      guard(async () => {
        if (increments.length === 0) return [];
        const transaction = redis.multi();
        for (const entry of increments) transaction.incrby(windowKey(entry.bucket, entry.windowStartMs), entry.cost).pexpire(windowKey(entry.bucket, entry.windowStartMs), entry.ttlMs);
        const results = (await transaction.exec()) ?? [];
        return increments.map((_, index) => {
          const count = results[index * 2]?.[1];
          if (typeof count !== "number") throw new Error("INCRBY returned no count");
          return count;
        });
      }),
    readWindows: (windows) =>
      guard(async () => (windows.length === 0 ? [] : (await redis.mget(windows.map((window) => windowKey(window.bucket, window.windowStartMs)))).map((value) => Number(value ?? 0)))),
    incrementAndReadWindows(increments, reads, nowMs) {
      return Promise.all([this.incrementWindows(increments, nowMs), this.readWindows(reads)]).then(([counted, read]) => ({ counted, read }));
    },
    rememberNonce: (keyId, nonce, ttlMs) => guard(async () => (await redis.set(`${prefix}nonce:${keyId}:${nonce}`, "1", "PX", ttlMs, "NX")) === "OK"),
    close: async () => {
      redis.disconnect();
    },
  };
}
