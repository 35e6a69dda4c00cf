import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayPostgresStore, createThrowawaySqliteStore, postgresSuitesSkipped, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { SqliteStatements } from "@/lib/db/sqlite-statements";
import { sqliteFileOf } from "@/lib/db/engine";
import { createDatabaseSharedState } from "./shared-state-db";
import { createSqliteSharedState } from "./shared-state-sqlite";
import { createRedisSharedState } from "./shared-state-redis";
import type { SharedState } from "./shared-state";

const redisUrl = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";

function describeSharedState(name: string, open: () => Promise<{ state: SharedState; close: () => Promise<void> }>, skip = false) {
  describe.skipIf(skip)(`shared state: ${name}`, () => {
    let state: SharedState;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ state, close } = await open());
    });
    afterAll(async () => close?.());
    const unique = () => randomBytes(6).toString("hex");

    it("counts a window atomically under concurrent increments", async () => {
      const bucket = `test:${unique()}`;
      const counts = await Promise.all(Array.from({ length: 25 }, () => state.incrementWindows([{ bucket, windowStartMs: 60_000, ttlMs: 120_000, cost: 1 }], 61_000)));
      expect(counts.map(([count]) => count).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
      expect(await state.readWindows([{ bucket, windowStartMs: 60_000 }, { bucket, windowStartMs: 0 }])).toEqual([25, 0]);
    });

    it("increments and reads several windows in one call, answering in the order asked", async () => {
      const [a, b] = [`test:${unique()}`, `test:${unique()}`];
      expect(await state.incrementWindows([{ bucket: a, windowStartMs: 0, ttlMs: 120_000, cost: 1 }, { bucket: b, windowStartMs: 10_000, ttlMs: 120_000, cost: 5 }], 11_000)).toEqual([1, 5]);
      expect(await state.incrementWindows([{ bucket: b, windowStartMs: 10_000, ttlMs: 120_000, cost: 2 }, { bucket: a, windowStartMs: 0, ttlMs: 120_000, cost: 3 }], 11_000)).toEqual([7, 4]);
      expect(await state.readWindows([{ bucket: b, windowStartMs: 10_000 }, { bucket: a, windowStartMs: 10_000 }, { bucket: a, windowStartMs: 0 }])).toEqual([7, 0, 4]);
      expect(await state.incrementWindows([], 11_000)).toEqual([]);
      expect(await state.readWindows([])).toEqual([]);
    });

    it("increments some windows and reads others in one call", async () => {
      const [a, b] = [`test:${unique()}`, `test:${unique()}`];
      await state.incrementWindows([{ bucket: b, windowStartMs: 0, ttlMs: 120_000, cost: 4 }], 1_000);
      expect(await state.incrementAndReadWindows([{ bucket: a, windowStartMs: 10_000, ttlMs: 120_000, cost: 2 }], [{ bucket: b, windowStartMs: 0 }, { bucket: a, windowStartMs: 0 }], 11_000)).toEqual({ counted: [2], read: [4, 0] });
      expect(await state.incrementAndReadWindows([], [], 11_000)).toEqual({ counted: [], read: [] });
    });

    it("accepts a nonce once and refuses it again while it lives", async () => {
      const key = unique();
      const nonce = randomBytes(16).toString("hex");
      const now = Date.now();
      expect(await state.rememberNonce(key, nonce, 65_000, now)).toBe(true);
      expect(await state.rememberNonce(key, nonce, 65_000, now + 1_000)).toBe(false);
      expect(await state.rememberNonce(unique(), nonce, 65_000, now)).toBe(true);
      const racing = await Promise.all(Array.from({ length: 10 }, () => state.rememberNonce(key, `${nonce}00`, 65_000, now)));
      expect(racing.filter(Boolean)).toHaveLength(1);
    });
  });
}

let sqlite: ThrowawayStore;
describeSharedState("SQLite (direct prepared statements, as the app uses it)", async () => {
  sqlite = await createThrowawaySqliteStore();
  const statements = new SqliteStatements(sqliteFileOf(sqlite.url) ?? "");
  return {
    state: createSqliteSharedState(statements),
    close: async () => {
      statements.close();
      await sqlite.dispose();
    },
  };
});

describeSharedState(
  "PostgreSQL",
  async () => {
    const store = await createThrowawayPostgresStore();
    return { state: createDatabaseSharedState(store.db), close: () => store.dispose() };
  },
  postgresSuitesSkipped,
);

describeSharedState("Redis", async () => {
  const state = createRedisSharedState(redisUrl, `bw-test-${randomBytes(4).toString("hex")}:`);
  return { state, close: state.close };
});

describe("fail closed", () => {
  it("reports an unreachable Redis as unavailable instead of letting requests through", async () => {
    const state = createRedisSharedState("redis://127.0.0.1:1");
    await expect(state.rememberNonce("k", "n", 1000, Date.now())).rejects.toThrow(/shared state unavailable/);
    await state.close();
  });
});
