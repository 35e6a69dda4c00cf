import "server-only";
import type { Db } from "@/lib/db";
import type { SqliteStatements } from "@/lib/db/sqlite-statements";
import { toUtcDay } from "@/lib/days/utc-day";

/** Counts one request of a key by UTC day and status, marking requests made inside a rotation grace window. */
export type UsageCounter = (keyId: string, status: number, inGrace: boolean, now: Date) => Promise<void>;

/** The counter through Prisma (PostgreSQL, and tests that write usage by hand). */
export function createDatabaseUsageCounter(db: Db): UsageCounter {
  return async (keyId, status, inGrace, now) => {
    const day = toUtcDay(now);
    await db.$executeRaw`
      INSERT INTO "ApiUsage" ("keyId", "day", "status", "inGrace", "count") VALUES (${keyId}, ${day}, ${status}, ${inGrace}, 1)
      ON CONFLICT ("keyId", "day", "status", "inGrace") DO UPDATE SET "count" = "ApiUsage"."count" + 1`;
  };
}

/**
 * The same statement on a SQLite store's direct connection, deferred: it is committed with the next request's limit
 * counters (or within a second, or at exit), so a request costs one commit instead of two. A usage read through the
 * API sees every earlier request of its server, since its own limits commit them first.
 */
export function createSqliteUsageCounter(statements: SqliteStatements): UsageCounter {
  return async (keyId, status, inGrace, now) => {
    statements.defer(
      `INSERT INTO "ApiUsage" ("keyId", "day", "status", "inGrace", "count") VALUES (?, ?, ?, ?, 1)
       ON CONFLICT ("keyId", "day", "status", "inGrace") DO UPDATE SET "count" = "ApiUsage"."count" + 1`,
      [keyId, toUtcDay(now), status, inGrace ? 1 : 0],
    );
  };
}

export type UsageRow = { day: string; status: number; inGrace: boolean; count: number };

export async function listKeyUsage(db: Db, keyIds: string[], fromDay: string): Promise<(UsageRow & { keyId: string })[]> {
  const rows = await db.apiUsage.findMany({ where: { keyId: { in: keyIds }, day: { gte: fromDay } }, orderBy: [{ day: "asc" }, { status: "asc" }] });
  return rows.map((row) => ({ keyId: row.keyId, day: row.day, status: row.status, inGrace: row.inGrace, count: row.count }));
}
