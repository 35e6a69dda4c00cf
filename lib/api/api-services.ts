import "server-only";
import { getDb, type Db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { systemClock, type Clock } from "@/lib/clock";
import { KeyCache } from "@/lib/keys/key-cache";
import { getKeyEncryptionKey } from "@/lib/keys/key-encryption-key";
import { ResponseCache } from "./response-cache";
import type { UsageCounter } from "@/lib/keys/usage";
import type { SharedState } from "./shared-state";
import { openStoreServices } from "./store-services";

/** What the API wrapper needs from the outside world; tests build their own with a fake clock and a throwaway store. */
export type ApiServices = {
  db: Db;
  state: SharedState;
  usage: UsageCounter;
  clock: Clock;
  keyCache: KeyCache;
  responseCache: ResponseCache;
  kek: () => Buffer;
  trustedProxyHops: number;
};

const cache = globalThis as unknown as { burnwatchApiServices?: ApiServices };

export function getApiServices(): ApiServices {
  if (!cache.burnwatchApiServices) {
    const env = readEnv();
    const db = getDb();
    const { state, usage } = openStoreServices(db, env.DATABASE_URL, env.REDIS_URL);
    cache.burnwatchApiServices = {
      db,
      state,
      usage,
      clock: systemClock,
      keyCache: new KeyCache(),
      responseCache: new ResponseCache(),
      kek: getKeyEncryptionKey,
      trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    };
  }
  return cache.burnwatchApiServices;
}
