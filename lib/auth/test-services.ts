import { randomBytes } from "node:crypto";
import type { ApiServices } from "@/lib/api/api-services";
import { openStoreServices } from "@/lib/api/store-services";
import { ResponseCache } from "@/lib/api/response-cache";
import { KeyCache } from "@/lib/keys/key-cache";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";

/** Services on a throwaway SQLite store with a clock the test moves by hand (for lib/auth's own tests). */
export type AuthTestServices = { store: ThrowawayStore; services: ApiServices; advance: (ms: number) => void; now: () => Date };

export async function createAuthTestServices(start = new Date("2026-03-01T12:00:00.000Z")): Promise<AuthTestServices> {
  const store = await createThrowawaySqliteStore();
  let current = start;
  const kek = randomBytes(32);
  const { state, usage, close } = openStoreServices(store.db, store.url);
  const dispose = store.dispose;
  store.dispose = async () => {
    close();
    await dispose();
  };
  return {
    store,
    services: { db: store.db, state, usage, clock: () => new Date(current.getTime()), keyCache: new KeyCache(), responseCache: new ResponseCache(), kek: () => kek, trustedProxyHops: 0 },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
    now: () => new Date(current.getTime()),
  };
}
