// The importer as an operator runs it: the CLI in its own process against a local stand-in for CoinGecko that
// replays responses shaped like the real API, then the stored rows read back through the API handler.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getTokenPrices } from "@/lib/api/handlers/tokens";
import { buildRequest, createApiHarness, type ApiHarness } from "@/lib/testing/api-harness";
import { createThrowawaySqliteStore, useAsAppStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { readFixture } from "./fixtures/read-fixture";
import { buildDailyMarketChart } from "./fixtures/synthetic-market-chart";
import { useRecordedResponseServers } from "./http/use-recorded-response-servers";
import { runIngestCli, startIngestCli } from "./cli-process";
import { coingeckoMarketChartSchema, reshapeMarketChartToDailyPoints } from "./providers/coingecko-market-chart";

const chartPath = "/coins/terra-luna/market_chart/range";
const serve = useRecordedResponseServers();

async function readPrices(db: Db) {
  const rows = await db.pricePoint.findMany({ orderBy: { day: "asc" }, select: { day: true, priceUsd: true, marketCapUsd: true, volumeUsd: true, source: { select: { key: true } } } });
  return rows.map((row) => ({ ...row, source: row.source.key }));
}

describe("npm run ingest -- --source coingecko against a stand-in", () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness();
  });
  afterAll(async () => harness?.dispose());

  it("stores what the stand-in serves, the API serves it, and a second identical run adds nothing", async () => {
    const body = readFixture("coingecko-market-chart-lunc-2023-09-01-to-05-hourly.json");
    const standIn = await serve({ [chartPath]: { body } });
    const env = { DATABASE_URL: harness.store.url, COINGECKO_BASE_URL: standIn.baseUrl };
    const args = ["--source", "coingecko", "--token", "lunc", "--from", "2023-09-01", "--to", "2023-09-05"];

    const first = await runIngestCli(args, env);
    expect(first.stderr).not.toMatch(/failed/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/lunc\.prices\s+coingecko\/api-v3\s+5\s+0\s+0\s+0\s+succeeded/);
    expect(standIn.requestsTo(chartPath)).toHaveLength(1);

    const expected = reshapeMarketChartToDailyPoints(coingeckoMarketChartSchema.parse(JSON.parse(body)), "2023-09-01", "2023-09-05");
    useAsAppStore(harness.store.url);
    const { key } = await harness.createKey({ scopes: ["prices:read"] });
    const prices = harness.route(getTokenPrices, { scope: "prices:read" });
    const response = await prices(buildRequest("http://127.0.0.1:3100/api/v1/tokens/lunc/prices?from=2023-09-01&to=2023-09-05", { key }), { symbol: "lunc" });
    expect(response.status).toBe(200);
    const served = (await response.json()) as { data: { date: string; price_usd: number; market_cap_usd: number | null; volume_usd: number | null; source: string }[] };
    expect(served.data.map((row) => ({ day: row.date, priceUsd: row.price_usd, marketCapUsd: row.market_cap_usd, volumeUsd: row.volume_usd }))).toEqual(expected);
    expect(served.data[0]).toMatchObject({ date: "2023-09-01", price_usd: 6e-5, source: "coingecko/api-v3" });

    const rowsAfterFirst = await readPrices(harness.store.db);
    const second = await runIngestCli(args, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/lunc\.prices\s+coingecko\/api-v3\s+0\s+0\s+0\s+0\s+succeeded/);
    // Nothing was missing, so nothing was asked for.
    expect(standIn.requestsTo(chartPath)).toHaveLength(1);
    expect(await readPrices(harness.store.db)).toEqual(rowsAfterFirst);
    const runs = await harness.store.db.ingestRun.findMany({ where: { source: "coingecko" }, orderBy: { id: "asc" } });
    expect(runs.map((run) => [run.status, run.added, run.updated])).toEqual([
      ["succeeded", 5, 0],
      ["succeeded", 0, 0],
    ]);
  });

  it("exits non-zero with the reason when the stand-in answers garbage", async () => {
    const standIn = await serve({ [chartPath]: { body: readFixture("coingecko-market-chart-truncated.txt") } });
    const result = await runIngestCli(["--source", "coingecko", "--token", "lunc", "--from", "2023-08-20", "--to", "2023-08-28"], { DATABASE_URL: harness.store.url, COINGECKO_BASE_URL: standIn.baseUrl }, "tsx");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error lunc\.prices: 2023-08-20 → 2023-08-28: .*not (valid )?JSON/i);
    expect(await harness.store.db.pricePoint.count({ where: { day: { gte: "2023-08-20", lte: "2023-08-28" } } })).toBe(0);
  });

  it("refuses bad arguments with the usage and exit code 2", async () => {
    const result = await runIngestCli(["--source", "coingecko", "--from", "2023-09-31"], { DATABASE_URL: harness.store.url }, "tsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--from must be a UTC day");
    expect(result.stderr).toContain("Usage: npm run ingest");
  });
});

describe("a run killed with SIGKILL mid-way", () => {
  let interrupted: ThrowawayStore;
  let uninterrupted: ThrowawayStore;
  beforeAll(async () => {
    [interrupted, uninterrupted] = await Promise.all([createThrowawaySqliteStore(), createThrowawaySqliteStore()]);
  });
  afterAll(async () => Promise.all([interrupted?.dispose(), uninterrupted?.dispose()]));

  it("resumes on the next run and ends with exactly the rows of an uninterrupted run", async () => {
    // 547 days: seven requests of at most 90 days. The slow stand-in answers each after 400 ms.
    const args = ["--source", "coingecko", "--token", "lunc", "--from", "2023-01-01", "--to", "2024-06-30"];
    const body = buildDailyMarketChart("2023-01-01", "2024-06-30");
    const slow = await serve({ [chartPath]: { body, delayMs: 400 } });
    const fast = await serve({ [chartPath]: { body } });

    const running = startIngestCli(args, { DATABASE_URL: interrupted.url, COINGECKO_BASE_URL: slow.baseUrl });
    const deadline = Date.now() + 30_000;
    while ((await interrupted.db.ingestSeriesRun.findFirst({ where: { chunksDone: { gte: 2 } } })) === null) {
      if (Date.now() > deadline) throw new Error(`the run never stored two chunks: ${(await running.done).stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    running.killGroup("SIGKILL");
    expect((await running.done).signal).toBe("SIGKILL");
    const partial = await interrupted.db.pricePoint.count();
    expect(partial).toBeGreaterThanOrEqual(180);
    expect(partial).toBeLessThan(547);
    expect(await interrupted.db.ingestLock.count()).toBe(1);

    const resumed = await runIngestCli(args, { DATABASE_URL: interrupted.url, COINGECKO_BASE_URL: fast.baseUrl }, "tsx");
    expect(resumed.code).toBe(0);
    const whole = await runIngestCli(args, { DATABASE_URL: uninterrupted.url, COINGECKO_BASE_URL: fast.baseUrl }, "tsx");
    expect(whole.code).toBe(0);

    const rows = await readPrices(interrupted.db);
    expect(rows).toHaveLength(547);
    expect(rows).toEqual(await readPrices(uninterrupted.db));
    // The resumed run fetched only what the killed one had not stored.
    const resumedRequests = fast.requestsTo(chartPath).length - 7;
    expect(resumedRequests).toBeLessThan(7);
    const runs = await interrupted.db.ingestRun.findMany({ orderBy: { id: "asc" }, select: { status: true, error: true } });
    expect(runs.map((run) => run.status)).toEqual(["interrupted", "succeeded"]);
    expect(runs[0]!.error).toMatch(/resumed by run/);
    expect(await interrupted.db.ingestLock.count()).toBe(0);
  });
});
