import "server-only";
import type { Db } from "@/lib/db";
import { toUtcDay } from "@/lib/days/utc-day";

/** Counts one request of a key by UTC day and status, marking requests made inside a rotation grace window. */
export async function recordKeyUsage(db: Db, keyId: string, status: number, inGrace: boolean, now: Date): Promise<void> {
  const day = toUtcDay(now);
  await db.$executeRaw`
    INSERT INTO "ApiUsage" ("keyId", "day", "status", "inGrace", "count") VALUES (${keyId}, ${day}, ${status}, ${inGrace}, 1)
    ON CONFLICT ("keyId", "day", "status", "inGrace") DO UPDATE SET "count" = "ApiUsage"."count" + 1`;
}

export type UsageRow = { day: string; status: number; inGrace: boolean; count: number };

export async function listKeyUsage(db: Db, keyIds: string[], fromDay: string): Promise<(UsageRow & { keyId: string })[]> {
  const rows = await db.apiUsage.findMany({ where: { keyId: { in: keyIds }, day: { gte: fromDay } }, orderBy: [{ day: "asc" }, { status: "asc" }] });
  return rows.map((row) => ({ keyId: row.keyId, day: row.day, status: row.status, inGrace: row.inGrace, count: row.count }));
}
