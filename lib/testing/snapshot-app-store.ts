import { afterAll, beforeAll } from "vitest";
import { importSnapshot } from "@/lib/ingest/snapshot";
import { createThrowawaySqliteStore, useAsAppStore, type ThrowawayStore } from "./throwaway-store";

/**
 * For a suite that reads through the app's own queries: a throwaway SQLite store loaded with the bundled snapshot,
 * made the app's store before the suite and removed after it. Returns the store (available once the suite runs).
 */
export function useSnapshotAppStore(): () => ThrowawayStore {
  let store: ThrowawayStore | undefined;
  beforeAll(async () => {
    store = await createThrowawaySqliteStore();
    await importSnapshot(store.db);
    useAsAppStore(store.url);
  });
  afterAll(async () => store?.dispose());
  return () => {
    if (!store) throw new Error("the snapshot store exists only while the suite runs");
    return store;
  };
}
