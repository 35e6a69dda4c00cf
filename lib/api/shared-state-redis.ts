import "server-only";
import { Redis } from "ioredis";
import { SharedStateUnavailable, type SharedState } from "./shared-state";

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
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      await ready();
      return await work();
    } catch (error) {
      throw new SharedStateUnavailable(error);
    }
  };
  const windowKey = (bucket: string, windowStartMs: number) => `${prefix}rl:${bucket}:${windowStartMs}`;
  return {
    incrementWindow: (bucket, windowStartMs, ttlMs, _nowMs, cost = 1) =>
      guard(async () => {
        const key = windowKey(bucket, windowStartMs);
        const results = await redis.multi().incrby(key, cost).pexpire(key, ttlMs).exec();
        const count = results?.[0]?.[1];
        if (typeof count !== "number") throw new Error("INCR returned no count");
        return count;
      }),
    readWindow: (bucket, windowStartMs) => guard(async () => Number((await redis.get(windowKey(bucket, windowStartMs))) ?? 0)),
    rememberNonce: (keyId, nonce, ttlMs) => guard(async () => (await redis.set(`${prefix}nonce:${keyId}:${nonce}`, "1", "PX", ttlMs, "NX")) === "OK"),
    close: async () => {
      redis.disconnect();
    },
  };
}
