import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { SharedStateUnavailable, type SharedState } from "./shared-state";

// Expired rows are swept now and then rather than on every request.
const sweepEveryMs = 60_000;

/**
 * Shared state in the store's own tables, through single-statement multi-row upserts that are atomic on SQLite and
 * PostgreSQL alike (INSERT … ON CONFLICT … RETURNING), so app servers on one database agree.
 */
export function createDatabaseSharedState(db: Db): SharedState {
  let lastSweepMs = 0;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new SharedStateUnavailable(error);
    }
  };
  const sweep = async (nowMs: number) => {
    if (nowMs - lastSweepMs < sweepEveryMs) return;
    lastSweepMs = nowMs;
    const now = BigInt(nowMs);
    await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "expiresAtMs" < ${now}`;
    await db.$executeRaw`DELETE FROM "RequestNonce" WHERE "expiresAtMs" < ${now}`;
  };
  return {
    incrementWindows: (increments, nowMs) =>
      guard(async () => {
        if (increments.length === 0) return [];
        await sweep(nowMs);
        const values = Prisma.join(increments.map((entry) => Prisma.sql`(${entry.bucket}, ${BigInt(entry.windowStartMs)}, ${entry.cost}, ${BigInt(entry.windowStartMs + entry.ttlMs)})`));
        const rows = await db.$queryRaw<{ bucket: string; windowStartMs: number | bigint; count: number | bigint }[]>`
          INSERT INTO "RateLimitWindow" ("bucket", "windowStartMs", "count", "expiresAtMs")
          VALUES ${values}
          ON CONFLICT ("bucket", "windowStartMs") DO UPDATE SET "count" = "RateLimitWindow"."count" + excluded."count"
          RETURNING "bucket", "windowStartMs", "count"`;
        return increments.map((entry) => Number(rows.find((row) => row.bucket === entry.bucket && Number(row.windowStartMs) === entry.windowStartMs)?.count ?? 0));
      }),
    readWindows: (windows) =>
      guard(async () => {
        if (windows.length === 0) return [];
        const rows = await db.rateLimitWindow.findMany({
          where: { OR: windows.map((window) => ({ bucket: window.bucket, windowStartMs: BigInt(window.windowStartMs) })) },
          select: { bucket: true, windowStartMs: true, count: true },
        });
        return windows.map((window) => rows.find((row) => row.bucket === window.bucket && Number(row.windowStartMs) === window.windowStartMs)?.count ?? 0);
      }),
    rememberNonce: (keyId, nonce, ttlMs, nowMs) =>
      guard(async () => {
        // An expired record of the same nonce may be taken over; a live one may not.
        const written = await db.$executeRaw`
          INSERT INTO "RequestNonce" ("keyId", "nonce", "expiresAtMs") VALUES (${keyId}, ${nonce}, ${BigInt(nowMs + ttlMs)})
          ON CONFLICT ("keyId", "nonce") DO UPDATE SET "expiresAtMs" = excluded."expiresAtMs"
          WHERE "RequestNonce"."expiresAtMs" < ${BigInt(nowMs)}`;
        return written === 1;
      }),
  };
}
