import "server-only";
import type { Db } from "@/lib/db";
import type { SqliteStatements } from "@/lib/db/sqlite-statements";
import { toUtcDay } from "@/lib/days/utc-day";

/** Counts requests of keys by UTC day and status, marking requests made inside a rotation grace window. */
export type UsageCounter = {
  count: (keyId: string, status: number, inGrace: boolean, now: Date) => Promise<void>;
  /** Writes what is still held in memory; a usage read calls it first. */
  flush: () => Promise<void>;
  /** Writes what is held and stops (at shutdown). */
  close: () => void;
};

/** The counter through Prisma (PostgreSQL): one upsert per request. */
export function createDatabaseUsageCounter(db: Db): UsageCounter {
  return {
    count: async (keyId, status, inGrace, now) => {
      const day = toUtcDay(now);
      await db.$executeRaw`
        INSERT INTO "ApiUsage" ("keyId", "day", "status", "inGrace", "count") VALUES (${keyId}, ${day}, ${status}, ${inGrace}, 1)
        ON CONFLICT ("keyId", "day", "status", "inGrace") DO UPDATE SET "count" = "ApiUsage"."count" + 1`;
    },
    flush: async () => {},
    close: () => {},
  };
}

const addUsageSql = `INSERT INTO "ApiUsage" ("keyId", "day", "status", "inGrace", "count") VALUES (?, ?, ?, ?, ?)
  ON CONFLICT ("keyId", "day", "status", "inGrace") DO UPDATE SET "count" = "ApiUsage"."count" + excluded."count"`;

type PendingUsage = { keyId: string; day: string; status: number; inGrace: boolean; count: number };

/**
 * On SQLite, counts are added up in memory and written once a second (and when a usage read asks, and at exit):
 * one small transaction a second instead of a commit per request. A crash loses at most the last second's counts;
 * limits are never deferred.
 */
export function createSqliteUsageCounter(statements: SqliteStatements, writeEveryMs = 1_000): UsageCounter {
  let pending = new Map<string, PendingUsage>();
  let timer: NodeJS.Timeout | null = null;
  const write = (rows: PendingUsage[]) => {
    for (const row of rows) statements.runNow(addUsageSql, [row.keyId, row.day, row.status, row.inGrace ? 1 : 0, row.count]);
  };
  const restore = (rows: PendingUsage[]) => {
    for (const row of rows) {
      const key = `${row.keyId}|${row.day}|${row.status}|${row.inGrace}`;
      const held = pending.get(key);
      pending.set(key, held ? { ...held, count: held.count + row.count } : row);
    }
  };
  const take = () => {
    const rows = [...pending.values()];
    pending = new Map();
    return rows;
  };
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const rows = take();
    if (rows.length === 0) return;
    try {
      await statements.transaction(() => write(rows));
    } catch (error) {
      restore(rows);
      throw error;
    }
  };
  const writeAtExit = () => {
    const rows = take();
    if (rows.length === 0) return;
    try {
      statements.transactionNow(() => write(rows));
    } catch (error) {
      console.error(`usage counts of ${rows.length} key/day/status rows lost at exit: ${(error as Error).message}`);
    }
  };
  process.on("exit", writeAtExit);
  return {
    count: async (keyId, status, inGrace, now) => {
      restore([{ keyId, day: toUtcDay(now), status, inGrace, count: 1 }]);
      timer ??= setTimeout(() => {
        timer = null;
        flush().catch((error: unknown) => console.error(`usage counts not written yet, will retry: ${(error as Error).message}`));
      }, writeEveryMs).unref();
    },
    flush,
    close: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      process.off("exit", writeAtExit);
      writeAtExit();
    },
  };
}

export type UsageRow = { day: string; status: number; inGrace: boolean; count: number };

export async function listKeyUsage(db: Db, keyIds: string[], fromDay: string): Promise<(UsageRow & { keyId: string })[]> {
  const rows = await db.apiUsage.findMany({ where: { keyId: { in: keyIds }, day: { gte: fromDay } }, orderBy: [{ day: "asc" }, { status: "asc" }] });
  return rows.map((row) => ({ keyId: row.keyId, day: row.day, status: row.status, inGrace: row.inGrace, count: row.count }));
}
