import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { countOfWindow, createSweepSchedule, failClosed, type SharedState } from "./shared-state";

/**
 * Shared state in the store's own tables, through single-statement multi-row upserts that are atomic on SQLite and
 * PostgreSQL alike (INSERT … ON CONFLICT … RETURNING), so app servers on one database agree.
 */
export function createDatabaseSharedState(db: Db): SharedState {
  const sweepDue = createSweepSchedule();
  const sweep = async (nowMs: number) => {
    if (!sweepDue(nowMs)) return;
    const now = BigInt(nowMs);
    await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "expiresAtMs" < ${now}`;
    await db.$executeRaw`DELETE FROM "RequestNonce" WHERE "expiresAtMs" < ${now}`;
  };
  return {
    incrementWindows: (increments, nowMs) =>
      failClosed(async () => {
        if (increments.length === 0) return [];
        await sweep(nowMs);
        const values = Prisma.join(increments.map((entry) => Prisma.sql`(${entry.bucket}, ${BigInt(entry.windowStartMs)}, ${entry.cost}, ${BigInt(entry.windowStartMs + entry.ttlMs)})`));
        const rows = await db.$queryRaw<{ bucket: string; windowStartMs: number | bigint; count: number | bigint }[]>`
          INSERT INTO "RateLimitWindow" ("bucket", "windowStartMs", "count", "expiresAtMs")
          VALUES ${values}
          ON CONFLICT ("bucket", "windowStartMs") DO UPDATE SET "count" = "RateLimitWindow"."count" + excluded."count"
          RETURNING "bucket", "windowStartMs", "count"`;
        return increments.map((entry) => countOfWindow(rows, entry));
      }),
    readWindows: (windows) =>
      failClosed(async () => {
        if (windows.length === 0) return [];
        const rows = await db.rateLimitWindow.findMany({
          where: { OR: windows.map((window) => ({ bucket: window.bucket, windowStartMs: BigInt(window.windowStartMs) })) },
          select: { bucket: true, windowStartMs: true, count: true },
        });
        return windows.map((window) => countOfWindow(rows, window));
      }),
    incrementAndReadWindows(increments, reads, nowMs) {
      return Promise.all([this.incrementWindows(increments, nowMs), this.readWindows(reads)]).then(([counted, read]) => ({ counted, read }));
    },
    rememberNonce: (keyId, nonce, ttlMs, nowMs) =>
      failClosed(async () => {
        // An expired record of the same nonce may be taken over; a live one may not.
        const written = await db.$executeRaw`
          INSERT INTO "RequestNonce" ("keyId", "nonce", "expiresAtMs") VALUES (${keyId}, ${nonce}, ${BigInt(nowMs + ttlMs)})
          ON CONFLICT ("keyId", "nonce") DO UPDATE SET "expiresAtMs" = excluded."expiresAtMs"
          WHERE "RequestNonce"."expiresAtMs" < ${BigInt(nowMs)}`;
        return written === 1;
      }),
  };
}
