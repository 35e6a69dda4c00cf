import "server-only";
import type { SqliteStatements } from "@/lib/db/sqlite-statements";
import { countOfWindow, createSweepSchedule, failClosed, type SharedState, type WindowIncrement, type WindowRef } from "./shared-state";

type WindowRow = { bucket: string; windowStartMs: number; count: number };

// One SQL text per row count, built once: prepared statements are looked up by their text on every request.
const memoized = (build: (count: number) => string) => {
  const built = new Map<number, string>();
  return (count: number) => built.get(count) ?? built.set(count, build(count)).get(count) ?? "";
};

const incrementSql = memoized((count) => `INSERT INTO "RateLimitWindow" ("bucket", "windowStartMs", "count", "expiresAtMs")
  VALUES ${Array.from({ length: count }, () => "(?, ?, ?, ?)").join(", ")}
  ON CONFLICT ("bucket", "windowStartMs") DO UPDATE SET "count" = "RateLimitWindow"."count" + excluded."count"
  RETURNING "bucket", "windowStartMs", "count"`);
const readSql = memoized((count) => `SELECT "bucket", "windowStartMs", "count" FROM "RateLimitWindow" WHERE ${Array.from({ length: count }, () => `("bucket" = ? AND "windowStartMs" = ?)`).join(" OR ")}`);
const incrementParameters = (increments: WindowIncrement[]) => increments.flatMap((entry) => [entry.bucket, entry.windowStartMs, entry.cost, entry.windowStartMs + entry.ttlMs]);
const readParameters = (windows: WindowRef[]) => windows.flatMap((window) => [window.bucket, window.windowStartMs]);
const countsOf = (rows: WindowRow[], windows: WindowRef[]) => windows.map((window) => countOfWindow(rows, window));

/**
 * Shared state in a SQLite store's own tables through direct prepared statements (see SqliteStatements): the same
 * tables and statements as the Prisma version in shared-state-db.ts, which PostgreSQL uses, at a fraction of the cost.
 * A request's limits are one transaction.
 */
export function createSqliteSharedState(statements: SqliteStatements): SharedState {
  const sweepDue = createSweepSchedule();
  // Expired rows go in the same transaction as a request's limits, now and then.
  const sweepNow = (nowMs: number) => {
    if (!sweepDue(nowMs)) return;
    statements.runNow(`DELETE FROM "RateLimitWindow" WHERE "expiresAtMs" < ?`, [nowMs]);
    statements.runNow(`DELETE FROM "RequestNonce" WHERE "expiresAtMs" < ?`, [nowMs]);
  };
  const incrementAndReadWindows: SharedState["incrementAndReadWindows"] = (increments, reads, nowMs) =>
    failClosed(() =>
      statements.transaction(() => {
        sweepNow(nowMs);
        return {
          counted: increments.length === 0 ? [] : countsOf(statements.allNow<WindowRow>(incrementSql(increments.length), incrementParameters(increments)), increments),
          read: reads.length === 0 ? [] : countsOf(statements.allNow<WindowRow>(readSql(reads.length), readParameters(reads)), reads),
        };
      }),
    );
  return {
    incrementAndReadWindows,
    incrementWindows: async (increments, nowMs) => (increments.length === 0 ? [] : (await incrementAndReadWindows(increments, [], nowMs)).counted),
    readWindows: (windows) => failClosed(async () => (windows.length === 0 ? [] : countsOf(await statements.all<WindowRow>(readSql(windows.length), readParameters(windows)), windows))),
    rememberNonce: (keyId, nonce, ttlMs, nowMs) =>
      failClosed(async () => {
        // An expired record of the same nonce may be taken over; a live one may not.
        const written = await statements.run(
          `INSERT INTO "RequestNonce" ("keyId", "nonce", "expiresAtMs") VALUES (?, ?, ?)
           ON CONFLICT ("keyId", "nonce") DO UPDATE SET "expiresAtMs" = excluded."expiresAtMs"
           WHERE "RequestNonce"."expiresAtMs" < ?`,
          [keyId, nonce, nowMs + ttlMs, nowMs],
        );
        return written === 1;
      }),
  };
}
