import "server-only";
import type { Db } from "@/lib/db";
import { SharedStateUnavailable, type SharedState } from "./shared-state";

// Expired rows are swept now and then rather than on every request.
const sweepEveryMs = 60_000;

/**
 * Shared state in the store's own tables, through single-statement upserts that are atomic on SQLite and
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
    incrementWindow: (bucket, windowStartMs, ttlMs, nowMs, cost = 1) =>
      guard(async () => {
        await sweep(nowMs);
        const rows = await db.$queryRaw<{ count: number | bigint }[]>`
          INSERT INTO "RateLimitWindow" ("bucket", "windowStartMs", "count", "expiresAtMs")
          VALUES (${bucket}, ${BigInt(windowStartMs)}, ${cost}, ${BigInt(windowStartMs + ttlMs)})
          ON CONFLICT ("bucket", "windowStartMs") DO UPDATE SET "count" = "RateLimitWindow"."count" + ${cost}
          RETURNING "count"`;
        return Number(rows[0]?.count ?? 0);
      }),
    readWindow: (bucket, windowStartMs) =>
      guard(async () => {
        const row = await db.rateLimitWindow.findUnique({ where: { bucket_windowStartMs: { bucket, windowStartMs: BigInt(windowStartMs) } }, select: { count: true } });
        return row?.count ?? 0;
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
