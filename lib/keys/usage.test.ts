import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFileOf } from "@/lib/db/engine";
import { SqliteStatements } from "@/lib/db/sqlite-statements";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { createSqliteUsageCounter } from "./usage";

let store: ThrowawayStore;
let statements: SqliteStatements;
beforeAll(async () => {
  store = await createThrowawaySqliteStore();
  statements = new SqliteStatements(sqliteFileOf(store.url) ?? "");
});
afterAll(async () => {
  statements.close();
  await store.dispose();
});

const rowsOf = (keyId: string) => store.db.apiUsage.findMany({ where: { keyId }, orderBy: [{ status: "asc" }, { inGrace: "asc" }] }).then((rows) => rows.map((row) => [row.day, row.status, row.inGrace, row.count]));
const day = new Date("2026-03-01T12:00:00Z");

describe("usage counts on SQLite", () => {
  it("adds requests up in memory and writes them in one go when asked, onto what is stored", async () => {
    const usage = createSqliteUsageCounter(statements, 60_000);
    for (let index = 0; index < 5; index++) await usage.count("k1", 200, false, day);
    await usage.count("k1", 429, false, day);
    await usage.count("k1", 200, true, day);
    await usage.count("k1", 200, false, new Date("2026-03-02T00:00:01Z"));
    expect(await rowsOf("k1")).toEqual([]);
    await usage.flush();
    expect(await rowsOf("k1")).toEqual([
      ["2026-03-01", 200, false, 5],
      ["2026-03-02", 200, false, 1],
      ["2026-03-01", 200, true, 1],
      ["2026-03-01", 429, false, 1],
    ]);
    await usage.count("k1", 429, false, day);
    await usage.flush();
    expect((await rowsOf("k1")).find((row) => row[1] === 429)).toEqual(["2026-03-01", 429, false, 2]);
    usage.close();
  });

  it("writes within its interval without being asked", async () => {
    const usage = createSqliteUsageCounter(statements, 50);
    await usage.count("k2", 200, false, day);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await rowsOf("k2")).toEqual([["2026-03-01", 200, false, 1]]);
    usage.close();
  });

  it("keeps the counts when the store cannot take them, and writes them later", async () => {
    const usage = createSqliteUsageCounter(statements, 60_000);
    await usage.count("k3", 200, false, day);
    statements.pragma("query_only = ON");
    await expect(usage.flush()).rejects.toThrow(/readonly|read-only|query_only/i);
    statements.pragma("query_only = OFF");
    await usage.count("k3", 200, false, day);
    await usage.flush();
    expect(await rowsOf("k3")).toEqual([["2026-03-01", 200, false, 2]]);
    usage.close();
  });

  it("writes what it holds when closed, as at shutdown", async () => {
    const usage = createSqliteUsageCounter(statements, 60_000);
    await usage.count("k4", 200, false, day);
    usage.close();
    const reader = new Database(sqliteFileOf(store.url) ?? "", { readonly: true });
    expect(reader.prepare(`SELECT "count" FROM "ApiUsage" WHERE "keyId" = 'k4'`).get()).toEqual({ count: 1 });
    reader.close();
  });
});
