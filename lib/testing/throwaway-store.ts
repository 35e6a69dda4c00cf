import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/engine";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { createThrowawayPostgresDatabase } from "@/lib/db/throwaway-postgres";

export type ThrowawayStore = { url: string; db: Db; applied: string[]; dispose: () => Promise<void> };

/** A migrated SQLite store in a new temporary folder, removed by dispose(). */
export async function createThrowawaySqliteStore(): Promise<ThrowawayStore> {
  const dir = mkdtempSync(path.join(tmpdir(), "burnwatch-test-"));
  const url = `file:${path.join(dir, "store.db")}`;
  const applied = await applyPendingMigrations(resolveDatabaseTarget(url));
  const db = createDb(url);
  return {
    url,
    db,
    applied,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated PostgreSQL database on the test server (POSTGRES_URL or the local default), dropped by dispose(). */
export async function createThrowawayPostgresStore(): Promise<ThrowawayStore> {
  const database = await createThrowawayPostgresDatabase("test");
  const applied = await applyPendingMigrations(resolveDatabaseTarget(database.url));
  const db = createDb(database.url);
  return {
    url: database.url,
    db,
    applied,
    dispose: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** Row counts of every data table: two stores loaded from the same snapshot must agree on all of them. */
export async function countRows(db: Db) {
  const [tokens, sources, prices, supplies, burns] = await Promise.all([db.token.count(), db.source.count(), db.pricePoint.count(), db.supplyPoint.count(), db.burn.count()]);
  return { tokens, sources, prices, supplies, burns };
}

/** Whether the PostgreSQL suites are switched off on a machine without PostgreSQL (never in CI). */
export const postgresSuitesSkipped = process.env.BURNWATCH_SKIP_POSTGRES === "1";

/** Points the app's own client (lib/db.ts getDb) at a test store, for code that reads through it. */
export function useAsAppStore(url: string): void {
  process.env.DATABASE_URL = url;
  delete (globalThis as { burnwatchDb?: unknown }).burnwatchDb;
}
