import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrationList } from "@/lib/db/migrations";
import { migrationsDirFor } from "@/lib/db/paths";
import { readSnapshotManifest } from "@/lib/snapshot/snapshot-files";
import { countRows, createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { importSnapshot } from "./snapshot";

describe("snapshot import on SQLite", () => {
  let store: ThrowawayStore;
  beforeAll(async () => {
    store = await createThrowawaySqliteStore();
  });
  afterAll(async () => store?.dispose());

  it("migrates a new store and records the migration", async () => {
    const committed = (await loadMigrationList(migrationsDirFor("sqlite"))).migrationDirectories.map((dir) => dir.path);
    expect(store.applied).toEqual(committed);
    const history = await store.db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>("SELECT migration_name, finished_at FROM _prisma_migrations");
    expect(history.map((row) => row.migration_name)).toEqual(store.applied);
    expect(history[0]?.finished_at).not.toBeNull();
  });

  it("loads every point of the manifest, then a second import adds and changes nothing", async () => {
    const expectedPoints = readSnapshotManifest().series.reduce((total, series) => total + series.pointCount, 0);
    const first = await importSnapshot(store.db);
    expect(first.counts).toEqual({ added: expectedPoints, updated: 0, unchanged: 0 });
    const rowsAfterFirst = await countRows(store.db);
    expect(rowsAfterFirst.prices + rowsAfterFirst.supplies + rowsAfterFirst.burns).toBe(expectedPoints);
    expect(rowsAfterFirst.tokens).toBe(5);

    const second = await importSnapshot(store.db);
    expect(second.counts).toEqual({ added: 0, updated: 0, unchanged: expectedPoints });
    expect(await countRows(store.db)).toEqual(rowsAfterFirst);

    const runs = await store.db.ingestRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((run) => [run.status, run.added, run.unchanged])).toEqual([
      ["succeeded", expectedPoints, 0],
      ["succeeded", 0, expectedPoints],
    ]);
  });

  it("keeps provenance on every row", async () => {
    const withoutSource = await store.db.pricePoint.count({ where: { sourceId: { lt: 1 } } });
    expect(withoutSource).toBe(0);
    const row = await store.db.pricePoint.findFirst({ where: { day: "2019-05-08" }, include: { source: true, token: true } });
    expect(row?.token.symbol).toBe("LUNC");
    expect(row?.source.repository).toBe("nktcodes/Coins-By-Market-Capitalization");
    expect(row?.source.commit).toBe("5d8e03a7");
    expect(row?.importedAt).toBeInstanceOf(Date);
    expect(row?.ingestRunId).not.toBeNull();
  });

  it("holds the published burn milestones and exact supplies", async () => {
    const lunc = await store.db.token.findUniqueOrThrow({ where: { symbol: "LUNC" } });
    const burnOn = (day: string) => store.db.burn.findUniqueOrThrow({ where: { tokenId_kind_day: { tokenId: lunc.id, kind: "total", day } } });
    // ../shared/data/README.md: the running sum reaches 46.3B on 2023-03-02 and 405.5B on 2025-03-13.
    expect((await burnOn("2023-03-02")).runningTotal).toBe("46283195344");
    expect((await burnOn("2025-03-13")).runningTotal).toBe("405497957529");
    const week = await burnOn("2025-03-24");
    expect([week.periodDays, week.amount]).toEqual([7, "145314351"]);
    expect(await store.db.burn.count({ where: { tokenId: lunc.id, kind: "total", day: { gt: "2025-03-24", lt: "2025-03-31" } } })).toBe(0);
    const supply = await store.db.supplyPoint.findUniqueOrThrow({ where: { tokenId_day: { tokenId: lunc.id, day: "2022-08-08" } } });
    expect(supply.total).toBe("6906229037364.156");
  });

  it("changes a stored value back when the snapshot says otherwise, and counts it as updated", async () => {
    const btc = await store.db.token.findUniqueOrThrow({ where: { symbol: "BTC" } });
    await store.db.pricePoint.update({ where: { tokenId_day: { tokenId: btc.id, day: "2023-08-28" } }, data: { priceUsd: 1 } });
    const result = await importSnapshot(store.db);
    expect(result.counts.updated).toBe(1);
    const repaired = await store.db.pricePoint.findUniqueOrThrow({ where: { tokenId_day: { tokenId: btc.id, day: "2023-08-28" } } });
    expect(repaired.priceUsd).toBe(26082.717178218525);
  });
});
