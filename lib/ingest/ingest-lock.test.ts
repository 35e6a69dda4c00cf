import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayPostgresStore, createThrowawaySqliteStore, postgresSuitesSkipped, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { acquireIngestLock, findIngestLockHolder, ingestLockTtlMs, releaseIngestLock, renewIngestLock } from "./ingest-lock";

const engines = [
  { name: "SQLite", create: createThrowawaySqliteStore, skip: false },
  { name: "PostgreSQL", create: createThrowawayPostgresStore, skip: postgresSuitesSkipped },
];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`the ingest lock on ${engine.name}`, () => {
    let store: ThrowawayStore;
    beforeAll(async () => {
      store = await engine.create();
    });
    afterAll(async () => store?.dispose());

    it("lets exactly one of many racing servers take a free series", async () => {
      const owners = Array.from({ length: 6 }, (_, index) => `server-${index}#1#0000000${index}`);
      const won = await Promise.all(owners.map((owner) => acquireIngestLock(store.db, "btc.prices", owner, null)));
      expect(won.filter(Boolean)).toHaveLength(1);
      expect((await findIngestLockHolder(store.db, "btc.prices"))?.owner).toBe(owners[won.indexOf(true)]);
    });

    it("is held until released or expired; an expired lease can be taken and the old holder cannot renew it", async () => {
      const now = new Date("2026-12-04T12:00:00Z");
      expect(await acquireIngestLock(store.db, "lunc.prices", "a#1#aaaaaaaa", 1, now)).toBe(true);
      expect(await acquireIngestLock(store.db, "lunc.prices", "b#2#bbbbbbbb", 2, now)).toBe(false);
      expect(await acquireIngestLock(store.db, "lunc.prices", "a#1#aaaaaaaa", 1, now)).toBe(true);
      const later = new Date(now.getTime() + ingestLockTtlMs + 1);
      expect(await acquireIngestLock(store.db, "lunc.prices", "b#2#bbbbbbbb", 2, later)).toBe(true);
      expect(await renewIngestLock(store.db, "lunc.prices", "a#1#aaaaaaaa", later)).toBe(false);
      await releaseIngestLock(store.db, "lunc.prices", "a#1#aaaaaaaa");
      expect((await findIngestLockHolder(store.db, "lunc.prices"))?.owner).toBe("b#2#bbbbbbbb");
      await releaseIngestLock(store.db, "lunc.prices", "b#2#bbbbbbbb");
      expect(await findIngestLockHolder(store.db, "lunc.prices")).toBeNull();
    });

    it("takes over at once from a process on this host that no longer exists", async () => {
      // PIDs are below 2^22 on Linux: this one cannot be running.
      expect(await acquireIngestLock(store.db, "ustc.prices", `${hostname()}#99999999#deadbeef`, null)).toBe(true);
      expect(await acquireIngestLock(store.db, "ustc.prices", `${hostname()}#${process.pid}#cafecafe`, null)).toBe(true);
    });
  });
}
