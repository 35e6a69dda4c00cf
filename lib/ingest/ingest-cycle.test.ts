// Two app servers running the scheduler on one store at the same moment: each series is ingested by one at a time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { readFixture } from "./fixtures/read-fixture";
import { useRecordedResponseServers } from "./http/use-recorded-response-servers";
import { runIngestCycle } from "./ingest-cycle";
import { readIngestEnv } from "./ingest-env";
import { terraBurnAddress } from "./providers/terra-lcd";

const serve = useRecordedResponseServers();

describe("scheduled ingest cycles", () => {
  let store: ThrowawayStore;
  beforeAll(async () => {
    store = await createThrowawaySqliteStore();
  });
  afterAll(async () => store?.dispose());

  it("never lets two servers ingest the same series at once", async () => {
    const slow = (body: string) => ({ body, delayMs: 250 });
    const { baseUrl } = await serve({
      // by_denom always answers for uluna; for uusd the adapter refuses that answer and falls back to /supply/uusd.
      "/cosmos/bank/v1beta1/supply/by_denom": slow(readFixture("lcd-supply-by-denom-uluna.json")),
      "/cosmos/bank/v1beta1/supply/uusd": slow(readFixture("lcd-supply-by-denom-uusd.json")),
      [`/cosmos/bank/v1beta1/balances/${terraBurnAddress}/by_denom`]: slow(readFixture("lcd-balance-by-denom-burn-wallet-uluna.json")),
      "/terra/tax/v1beta1/params": { body: readFixture("lcd-tax-params.json") },
      "/terra/treasury/v1beta1/params": { body: readFixture("lcd-treasury-params.json") },
    });
    const env = readIngestEnv({ TERRA_LCD_URLS: baseUrl, BURNWATCH_INGEST_SOURCES: "lcd" });
    const clock = () => new Date("2026-12-04T06:00:00Z");
    const [a, b] = await Promise.all([runIngestCycle(store.db, env, clock), runIngestCycle(store.db, env, clock)]);

    const statuses = [...a[0]!.result.outcomes, ...b[0]!.result.outcomes].map((outcome) => `${outcome.series}:${outcome.status}`).sort();
    expect(statuses).toContain("lunc.supply:skipped");
    const runs = await store.db.ingestSeriesRun.findMany({ orderBy: { startedAt: "asc" } });
    for (const series of ["lunc.supply", "ustc.supply"]) {
      const spans = runs.filter((run) => run.series === series).map((run) => [run.startedAt.getTime(), run.finishedAt!.getTime()] as const);
      expect(spans.length).toBeGreaterThanOrEqual(1);
      for (let index = 1; index < spans.length; index++) expect(spans[index]![0]).toBeGreaterThanOrEqual(spans[index - 1]![1]);
    }
    expect(await store.db.supplyPoint.count()).toBe(2);
    expect(await store.db.ingestLock.count()).toBe(0);
  });
});
