import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyStoreFailure } from "@/lib/api/store-failure";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { sqliteFileOf } from "./engine";
import { SqliteStatements } from "./sqlite-statements";

let store: ThrowawayStore;
let file: string;
beforeAll(async () => {
  store = await createThrowawaySqliteStore();
  file = sqliteFileOf(store.url) ?? "";
});
afterAll(() => store.dispose());

const insertWindow = `INSERT INTO "RateLimitWindow" ("bucket", "windowStartMs", "count", "expiresAtMs") VALUES (?, 0, 1, 1)`;

describe("SqliteStatements", () => {
  it("waits out another connection's write lock without blocking the event loop, then writes", async () => {
    const statements = new SqliteStatements(file);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    let committed = false;
    setTimeout(() => {
      other.exec("COMMIT");
      committed = true;
    }, 120);
    expect(await statements.run(insertWindow, ["waited"])).toBe(1);
    // The lock was released by a timer on this same thread: had the statement waited inside SQLite, that timer
    // could not have run and the write would have failed.
    expect(committed).toBe(true);
    other.close();
    statements.close();
  });

  it("lets a Prisma transaction of the same process that holds the lock finish first", async () => {
    const statements = new SqliteStatements(file);
    const order: string[] = [];
    const transaction = store.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO "RateLimitWindow" ("bucket", "windowStartMs", "count", "expiresAtMs") VALUES ('in-tx', 0, 1, 1)`);
      await new Promise((resolve) => setTimeout(resolve, 80));
      order.push("transaction");
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await statements.run(insertWindow, ["after-tx"]);
    order.push("direct");
    await transaction;
    expect(order).toEqual(["transaction", "direct"]);
    statements.close();
  });

  it("gives up after its timeout with an error the API reports as a busy store", async () => {
    const statements = new SqliteStatements(file, 100);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    const error = await statements.run(insertWindow, ["never"]).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(classifyStoreFailure(error)).toBe("locked");
    other.exec("ROLLBACK");
    other.close();
    statements.close();
  });

  it("reuses one prepared statement per SQL text and returns rows", async () => {
    const statements = new SqliteStatements(file);
    for (const bucket of ["a", "b", "c"]) await statements.run(insertWindow, [`reuse-${bucket}`]);
    const rows = await statements.all<{ bucket: string }>(`SELECT "bucket" FROM "RateLimitWindow" WHERE "bucket" LIKE ? ORDER BY "bucket"`, ["reuse-%"]);
    expect(rows.map((row) => row.bucket)).toEqual(["reuse-a", "reuse-b", "reuse-c"]);
    statements.close();
  });

  it("runs a transaction whole, retrying it while another connection writes", async () => {
    const statements = new SqliteStatements(file);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 60);
    const inserted = await statements.transaction(() => ["tx-1", "tx-2"].map((bucket) => statements.runNow(insertWindow, [bucket])));
    expect(inserted).toEqual([1, 1]);
    expect(() => statements.transactionNow(() => statements.runNow(insertWindow, ["tx-1"]))).toThrow(/UNIQUE/); // all or nothing
    expect(other.prepare(`SELECT count(*) AS n FROM "RateLimitWindow" WHERE "bucket" LIKE 'tx-%'`).get()).toEqual({ n: 2 });
    other.close();
    statements.close();
  });
});
