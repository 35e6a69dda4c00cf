import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, createThrowawayPostgresStore, createThrowawaySqliteStore, postgresSuitesSkipped, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import type { Db } from "@/lib/db";
import { importSnapshot } from "./snapshot";

async function readBurns(db: Db) {
  return db.burn.findMany({ orderBy: [{ kind: "asc" }, { day: "asc" }], select: { kind: true, day: true, periodDays: true, amount: true, runningTotal: true } });
}

// Runs whenever PostgreSQL is reachable (CI always); BURNWATCH_SKIP_POSTGRES=1 is for machines without it.
describe.skipIf(postgresSuitesSkipped)("migrations and snapshot import on PostgreSQL", () => {
  let postgres: ThrowawayStore;
  let sqlite: ThrowawayStore;
  beforeAll(async () => {
    [postgres, sqlite] = await Promise.all([createThrowawayPostgresStore(), createThrowawaySqliteStore()]);
  });
  afterAll(async () => {
    await Promise.all([postgres?.dispose(), sqlite?.dispose()]);
  });

  it("applies the PostgreSQL migrations and records them in _prisma_migrations", async () => {
    expect(postgres.applied.length).toBeGreaterThan(0);
    const history = await postgres.db.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
    expect(history.map((row) => row.migration_name)).toEqual(postgres.applied);
  });

  it("finds the same row counts as on SQLite, and the same again after a second import", async () => {
    await importSnapshot(postgres.db);
    await importSnapshot(sqlite.db);
    const postgresCounts = await countRows(postgres.db);
    expect(postgresCounts).toEqual(await countRows(sqlite.db));
    expect(postgresCounts.prices).toBeGreaterThan(9000);

    const second = await importSnapshot(postgres.db);
    expect(second.counts.added + second.counts.updated).toBe(0);
    expect(await countRows(postgres.db)).toEqual(postgresCounts);
  });

  it("stores burns and their running totals identically, digit for digit", async () => {
    expect(await readBurns(postgres.db)).toEqual(await readBurns(sqlite.db));
  });
});
