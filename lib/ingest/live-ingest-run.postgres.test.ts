// The live importer on PostgreSQL: the same rows, run records and change log as on SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createThrowawayPostgresStore, createThrowawaySqliteStore, postgresSuitesSkipped, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { buildDailyMarketChart } from "./fixtures/synthetic-market-chart";
import { useRecordedResponseServers } from "./http/use-recorded-response-servers";
import { readIngestEnv } from "./ingest-env";
import { runLiveIngest } from "./live-ingest-run";
import { planLiveSource, type LiveRequest } from "./plan-live-source";

const serve = useRecordedResponseServers();
const clock = () => new Date("2026-12-04T06:00:00Z");

async function ingest(db: Db, request: LiveRequest, baseUrl: string) {
  const { jobs } = await planLiveSource(db, request, readIngestEnv({ COINGECKO_BASE_URL: baseUrl }), clock);
  return runLiveIngest(db, { source: request.source, jobs });
}

async function readAll(db: Db) {
  const prices = await db.pricePoint.findMany({ orderBy: { day: "asc" }, select: { day: true, priceUsd: true, marketCapUsd: true, volumeUsd: true } });
  const burns = await db.burn.findMany({ orderBy: { day: "asc" }, select: { day: true, amount: true, runningTotal: true, note: true } });
  const changes = await db.ingestChange.findMany({ orderBy: { id: "asc" }, select: { series: true, day: true, field: true, before: true, after: true } });
  const runs = await db.ingestSeriesRun.findMany({ orderBy: { id: "asc" }, select: { series: true, status: true, chunksDone: true, chunksTotal: true, added: true, updated: true, unchanged: true, gapsLeft: true } });
  return { prices, burns, changes, runs };
}

describe.skipIf(postgresSuitesSkipped)("live ingest on PostgreSQL", () => {
  let postgres: ThrowawayStore;
  let sqlite: ThrowawayStore;
  beforeAll(async () => {
    [postgres, sqlite] = await Promise.all([createThrowawayPostgresStore(), createThrowawaySqliteStore()]);
  });
  afterAll(async () => Promise.all([postgres?.dispose(), sqlite?.dispose()]));

  it("ends with the same rows, runs and change log as SQLite", async () => {
    const first = await serve({ "/coins/bitcoin/market_chart/range": { body: buildDailyMarketChart("2023-01-01", "2023-06-30", (index) => 20_000 + index) } });
    const revised = await serve({ "/coins/bitcoin/market_chart/range": { body: buildDailyMarketChart("2023-01-01", "2023-06-30", (index) => (index === 150 ? 1 : 20_000 + index)) } });
    for (const store of [postgres, sqlite]) {
      await ingest(store.db, { source: "coingecko", token: "BTC", from: "2023-01-01", to: "2023-06-30" }, first.baseUrl);
      const btc = await store.db.token.findUniqueOrThrow({ where: { symbol: "BTC" } });
      await store.db.pricePoint.deleteMany({ where: { tokenId: btc.id, day: { in: ["2023-05-29", "2023-06-29"] } } });
      await ingest(store.db, { source: "coingecko", token: "BTC", from: "2023-01-01", to: "2023-06-30" }, revised.baseUrl);
      await ingest(store.db, { source: "batches" }, first.baseUrl);
    }
    const onPostgres = await readAll(postgres.db);
    expect(onPostgres.prices).toHaveLength(181);
    expect(onPostgres.changes.map((change) => [change.day, change.field])).toEqual([
      ["2023-05-31", "priceUsd"],
      ["2023-05-31", "marketCapUsd"],
    ]);
    expect(onPostgres).toEqual(await readAll(sqlite.db));
  });
});
