// Fault handling of the CoinGecko ingest, in-process against the recorded-response stand-in and a real store.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { tokenCatalog } from "@/lib/tokens/token-catalog";
import { readFixture } from "./fixtures/read-fixture";
import { buildDailyMarketChart } from "./fixtures/synthetic-market-chart";
import { useRecordedResponseServers } from "./http/use-recorded-response-servers";
import { clampCoingeckoSpan, planCoingeckoJobs } from "./coingecko-ingest";
import { acquireIngestLock } from "./ingest-lock";
import { runLiveIngest } from "./live-ingest-run";
import { createCoingeckoProvider } from "./providers/coingecko";
import { upsertTokens } from "./upsert-tokens";

const chartPath = "/coins/terra-luna/market_chart/range";
const serve = useRecordedResponseServers();

describe("CoinGecko ingest: faults and revisions", () => {
  let store: ThrowawayStore;
  let sleeps: number[];
  beforeEach(async () => {
    store = await createThrowawaySqliteStore();
    sleeps = [];
  });
  afterEach(async () => store?.dispose());

  async function ingest(baseUrl: string, from: string, to: string, options: { timeoutMs?: number; owner?: string; dryRun?: boolean } = {}) {
    const ids = await upsertTokens(store.db);
    const lunc = tokenCatalog.find((token) => token.symbol === "LUNC")!;
    const provider = createCoingeckoProvider({ plan: "public", baseUrl, retry: { timeoutMs: options.timeoutMs ?? 2_000, retries: 2, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } });
    const jobs = await planCoingeckoJobs(store.db, { provider, plan: "public", planLimitsHistory: false, baseUrl, tokens: [{ ...lunc, id: ids.get("LUNC")! }], from, to, today: "2026-12-04" });
    return runLiveIngest(store.db, { source: "coingecko", jobs, owner: options.owner, dryRun: options.dryRun });
  }

  it("waits out a 429 as Retry-After asks, then stores the chunk", async () => {
    const { baseUrl } = await serve({ [chartPath]: [{ status: 429, headers: { "retry-after": "3" }, body: readFixture("coingecko-error-429-rate-limit.json") }, { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") }] });
    const result = await ingest(baseUrl, "2023-08-20", "2023-08-28");
    expect(sleeps).toEqual([3_000]);
    expect(result.status).toBe("succeeded");
    expect(result.counts.added).toBe(9);
  });

  it("retries a 500 and a timeout with backoff, then stores the chunk", async () => {
    const { baseUrl, requestsTo } = await serve({ [chartPath]: [{ status: 500, body: "Internal Server Error" }, { hang: true }, { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") }] });
    const result = await ingest(baseUrl, "2023-08-20", "2023-08-28", { timeoutMs: 300 });
    expect(requestsTo(chartPath)).toHaveLength(3);
    // Full jitter at random 0.5: half of 500 ms, then half of 1 000 ms.
    expect(sleeps).toEqual([250, 500]);
    expect(result.outcomes[0]).toMatchObject({ status: "succeeded", counts: { added: 9 } });
  });

  it("refuses malformed and truncated chunks with a clear message, keeping every chunk stored before", async () => {
    const good = buildDailyMarketChart("2023-01-01", "2023-06-29");
    const { baseUrl } = await serve({
      [chartPath]: [{ body: good }, { body: readFixture("coingecko-market-chart-malformed-price.json") }, { body: readFixture("coingecko-market-chart-truncated.txt") }],
    });
    const result = await ingest(baseUrl, "2023-01-01", "2023-09-27");
    expect(result.status).toBe("failed");
    const outcome = result.outcomes[0]!;
    expect(outcome).toMatchObject({ status: "failed", chunksDone: 1, chunksTotal: 3, counts: { added: 90 }, gapsLeft: 180 });
    expect(outcome.errors[0]).toMatch(/^2023-04-01 → 2023-06-29: CoinGecko market chart of terra-luna from .* is malformed: prices\[1\]\[1\]/);
    expect(outcome.errors[1]).toMatch(/^2023-06-30 → 2023-09-27: .*JSON/);
    expect(await store.db.pricePoint.count()).toBe(90);
    const run = await store.db.ingestRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "failed", added: 90 });
    expect(run.error).toContain("lunc.prices: 2023-04-01 → 2023-06-29");
    const seriesRun = await store.db.ingestSeriesRun.findFirstOrThrow();
    expect(seriesRun).toMatchObject({ series: "lunc.prices", status: "failed", chunksDone: 1, chunksTotal: 3, added: 90, gapsLeft: 180 });
  });

  it("updates a value its own source revised and logs the change in the run; leaves other sources' days alone", async () => {
    const first = await serve({ [chartPath]: { body: buildDailyMarketChart("2023-09-01", "2023-09-10") } });
    await ingest(first.baseUrl, "2023-09-01", "2023-09-10");
    const lunc = await store.db.token.findUniqueOrThrow({ where: { symbol: "LUNC" } });
    // A gap on the 5th makes the next run ask for the 5th to the 10th again; CoinGecko has revised the 7th meanwhile.
    await store.db.pricePoint.delete({ where: { tokenId_day: { tokenId: lunc.id, day: "2023-09-05" } } });
    const other = await store.db.source.create({ data: { key: "other", name: "Another source", trust: "medium" } });
    await store.db.pricePoint.update({ where: { tokenId_day: { tokenId: lunc.id, day: "2023-09-09" } }, data: { sourceId: other.id, priceUsd: 1 } });
    const revised = await serve({ [chartPath]: { body: buildDailyMarketChart("2023-09-01", "2023-09-10", (index) => (index === 6 ? 7e-5 : 6e-5 + index * 1e-8)) } });
    const result = await ingest(revised.baseUrl, "2023-09-01", "2023-09-10");

    expect(result.outcomes[0]).toMatchObject({ status: "succeeded", counts: { added: 1, updated: 1, unchanged: 4 }, changes: 2 });
    const changes = await store.db.ingestChange.findMany({ where: { runId: result.runId! }, orderBy: { field: "asc" } });
    expect(changes.map(({ series, day, field, before, after }) => ({ series, day, field, before, after }))).toEqual([
      { series: "lunc.prices", day: "2023-09-07", field: "marketCapUsd", before: String((6e-5 + 6 * 1e-8) * 5.8e12), after: String(7e-5 * 5.8e12) },
      { series: "lunc.prices", day: "2023-09-07", field: "priceUsd", before: String(6e-5 + 6 * 1e-8), after: "0.00007" },
    ]);
    expect((await store.db.pricePoint.findUniqueOrThrow({ where: { tokenId_day: { tokenId: lunc.id, day: "2023-09-09" } } })).priceUsd).toBe(1);
  });

  it("stops a series at the first refused request instead of asking again chunk after chunk", async () => {
    const { baseUrl, requestsTo } = await serve({ [chartPath]: { status: 401, body: readFixture("coingecko-error-401-key-missing.json") } });
    const result = await ingest(baseUrl, "2023-01-01", "2023-09-27");
    expect(requestsTo(chartPath)).toHaveLength(1);
    expect(result.outcomes[0]).toMatchObject({ status: "failed", chunksDone: 0, chunksTotal: 3 });
    expect(result.outcomes[0]!.errors).toEqual([expect.stringMatching(/^2023-01-01 → 2023-03-31: HTTP 401/), "2 more chunk(s) not tried: the provider refuses these requests (HTTP 401)"]);
  });

  it("counts what it would do on a dry run and writes nothing, not even a run", async () => {
    const { baseUrl } = await serve({ [chartPath]: { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") } });
    const result = await ingest(baseUrl, "2023-08-20", "2023-08-28", { dryRun: true });
    expect(result).toMatchObject({ runId: null, status: "succeeded", counts: { added: 9, updated: 0, unchanged: 0 } });
    expect(result.outcomes[0]!.gapsLeft).toBe(9);
    expect([await store.db.pricePoint.count(), await store.db.ingestRun.count(), await store.db.ingestLock.count(), await store.db.source.count()]).toEqual([0, 0, 0, 0]);
  });

  it("skips a series whose lock another server holds", async () => {
    const lunc = await serve({ [chartPath]: { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") } });
    expect(await acquireIngestLock(store.db, "lunc.prices", "other-host#1#aaaaaaaa", null)).toBe(true);
    const result = await ingest(lunc.baseUrl, "2023-08-20", "2023-08-28");
    expect(result.outcomes[0]).toMatchObject({ status: "skipped", notes: ["another ingest holds this series' lock"] });
    expect(lunc.requests).toHaveLength(0);
    expect(await store.db.pricePoint.count()).toBe(0);
  });
});

describe("the span a CoinGecko plan can fetch", () => {
  it("clamps the free plans to the last 365 days and the future away, and says so", () => {
    expect(clampCoingeckoSpan("2023-01-01", "2027-01-01", "2026-12-04", "public", true)).toEqual({
      from: "2025-12-05",
      to: "2026-12-04",
      notes: ["days after 2026-12-04 are in the future and were not requested", "days before 2025-12-05 cannot be fetched on this plan (public: only the last 365 days)"],
    });
    expect(clampCoingeckoSpan("2023-01-01", "2023-02-01", "2026-12-04", "pro", true)).toEqual({ from: "2023-01-01", to: "2023-02-01", notes: [] });
    expect(clampCoingeckoSpan("2023-01-01", "2023-02-01", "2026-12-04", "public", false).notes).toEqual([]);
  });
});
