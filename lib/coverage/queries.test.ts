// The /data page's figures on a real store: the bundled snapshot, one live CoinGecko run and one failed LCD run.
import { describe, expect, it } from "vitest";
import { useSnapshotAppStore } from "@/lib/testing/snapshot-app-store";
import { useRecordedResponseServers } from "@/lib/ingest/http/use-recorded-response-servers";
import { findClosedBaseUrl } from "@/lib/ingest/http/recorded-response-server";
import { readFixture } from "@/lib/ingest/fixtures/read-fixture";
import { terraBurnAddress } from "@/lib/ingest/providers/terra-lcd";
import { buildDailyMarketChart } from "@/lib/ingest/fixtures/synthetic-market-chart";
import { readIngestEnv } from "@/lib/ingest/ingest-env";
import { runLiveIngest } from "@/lib/ingest/live-ingest-run";
import { planLiveSource } from "@/lib/ingest/plan-live-source";
import { listDataPageSeries, listRecentIngestRuns } from "./queries";

const serve = useRecordedResponseServers();

describe("the data page's series", () => {
  const snapshotStore = useSnapshotAppStore();

  it("lists every series with its source, missing days and last run, including one that has stored nothing yet", async () => {
    const { baseUrl } = await serve({ "/coins/terra-luna/market_chart/range": { body: buildDailyMarketChart("2023-08-29", "2023-09-05", (index) => (index === 4 ? 0 : 6e-5)) } });
    const clock = () => new Date("2026-12-04T06:00:00Z");
    const coingecko = await planLiveSource(snapshotStore().db, { source: "coingecko", token: "LUNC", from: "2023-08-29", to: "2023-09-05" }, readIngestEnv({ COINGECKO_BASE_URL: baseUrl }), clock);
    expect((await runLiveIngest(snapshotStore().db, { source: "coingecko", jobs: coingecko.jobs })).counts.added).toBe(7);
    const lcd = await planLiveSource(snapshotStore().db, { source: "lcd", token: "USTC" }, readIngestEnv({ TERRA_LCD_URLS: await findClosedBaseUrl(), BURNWATCH_INGEST_RETRIES: "0", BURNWATCH_INGEST_TIMEOUT_MS: "1000" }), clock);
    expect((await runLiveIngest(snapshotStore().db, { source: "lcd", jobs: lcd.jobs })).status).toBe("failed");
    const node = await serve({
      [`/cosmos/bank/v1beta1/balances/${terraBurnAddress}/by_denom`]: { body: readFixture("lcd-balance-by-denom-burn-wallet-uluna.json") },
      "/cosmos/bank/v1beta1/supply/by_denom": { body: readFixture("lcd-supply-by-denom-uluna.json") },
      "/terra/tax/v1beta1/params": { body: readFixture("lcd-tax-params.json") },
      "/terra/treasury/v1beta1/params": { body: readFixture("lcd-treasury-params.json") },
    });
    const luncLcd = await planLiveSource(snapshotStore().db, { source: "lcd", token: "LUNC" }, readIngestEnv({ TERRA_LCD_URLS: node.baseUrl }), clock);
    expect((await runLiveIngest(snapshotStore().db, { source: "lcd", jobs: luncLcd.jobs })).status).toBe("succeeded");

    const series = await listDataPageSeries();
    const luncPrices = series.filter((row) => row.seriesKey === "lunc.prices");
    expect(luncPrices.map((row) => [row.sourceKey, row.firstDay, row.lastDay, row.missingDays])).toEqual([
      ["coingecko-daily/terra-luna", "2019-05-08", "2023-08-28", 0],
      // The stand-in had no usable price (0) for 2023-09-02: a gap, not an interpolation.
      ["coingecko/api-v3", "2023-08-29", "2023-09-05", 1],
      ["lunc/coingecko-daily-price-2024", "2024-06-09", "2025-06-08", 0],
    ]);
    expect(luncPrices[1]!.missingRanges).toEqual([{ from: "2023-09-02", to: "2023-09-02" }]);
    expect(luncPrices[1]!.lastRun).toMatchObject({ source: "coingecko", status: "succeeded", added: 7, gapsLeft: 1 });
    // Series no live run has touched show the snapshot load.
    expect(series.find((row) => row.seriesKey === "btc.prices")!.lastRun).toMatchObject({ source: "snapshot", status: "succeeded" });
    expect(series.find((row) => row.seriesKey === "lunc.burns.exchange_batch")!.missingDays).toBeNull();
    const ustcSupply = series.find((row) => row.seriesKey === "ustc.supply")!;
    expect(ustcSupply).toMatchObject({ token: "USTC", series: "supply", rows: 0, lastRun: { source: "lcd", status: "failed" } });
    expect(ustcSupply.lastRun!.error).toMatch(/ECONNREFUSED/);

    const wallet = series.find((row) => row.seriesKey === "lunc.reading.burn-wallet")!;
    expect(wallet).toMatchObject({ token: "LUNC", series: "reading:burn-wallet", sourceKey: "terra-classic/lcd", firstDay: "2026-12-04", rows: 1, missingDays: 0, lastRun: { source: "lcd", status: "succeeded" } });
    expect(series.find((row) => row.seriesKey === "lunc.supply" && row.sourceKey === "terra-classic/lcd")).toMatchObject({ lastDay: "2026-12-04", lastRun: { status: "succeeded" } });

    const runs = await listRecentIngestRuns();
    expect(runs.map((run) => [run.source, run.status])).toEqual([
      ["lcd", "succeeded"],
      ["lcd", "failed"],
      ["coingecko", "succeeded"],
      ["snapshot", "succeeded"],
    ]);
  });
});
