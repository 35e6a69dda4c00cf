// LCD answers (amounts as micro-unit strings) into supply rows, exactly, against the recorded-response stand-in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { tokenCatalog } from "@/lib/tokens/token-catalog";
import { readFixture } from "./fixtures/read-fixture";
import { findClosedBaseUrl, type RecordedRoutes } from "./http/recorded-response-server";
import { useRecordedResponseServers } from "./http/use-recorded-response-servers";
import { planLcdJobs } from "./lcd-ingest";
import { runLiveIngest } from "./live-ingest-run";
import { createTerraLcdProvider, terraBurnAddress } from "./providers/terra-lcd";
import { upsertTokens } from "./upsert-tokens";

const serve = useRecordedResponseServers();
const supplyPath = "/cosmos/bank/v1beta1/supply/by_denom";

function lcdRoutes(ulunaSupply: string = readFixture("lcd-supply-by-denom-uluna.json")): RecordedRoutes {
  return {
    [supplyPath]: { body: ulunaSupply },
    "/cosmos/bank/v1beta1/supply/uusd": { body: readFixture("lcd-supply-by-denom-uusd.json") },
    [`/cosmos/bank/v1beta1/balances/${terraBurnAddress}/by_denom`]: { body: readFixture("lcd-balance-by-denom-burn-wallet-uluna.json") },
    "/terra/tax/v1beta1/params": { body: readFixture("lcd-tax-params.json") },
    "/terra/treasury/v1beta1/params": { body: readFixture("lcd-treasury-params.json") },
  };
}

describe("Terra Classic LCD ingest", () => {
  let store: ThrowawayStore;
  beforeEach(async () => {
    store = await createThrowawaySqliteStore();
  });
  afterEach(async () => store?.dispose());

  async function ingest(urls: string[], today = "2026-12-04") {
    const ids = await upsertTokens(store.db);
    const tokens = tokenCatalog.map((token) => ({ ...token, id: ids.get(token.symbol)! }));
    const provider = createTerraLcdProvider({ urls, retry: { retries: 1, timeoutMs: 2_000, sleep: async () => {}, random: () => 0 } });
    return runLiveIngest(store.db, { source: "lcd", jobs: planLcdJobs({ provider, urls, tokens, today }) });
  }

  async function readSupply() {
    const rows = await store.db.supplyPoint.findMany({ include: { token: true, source: true }, orderBy: { tokenId: "asc" } });
    return rows.map((row) => ({ token: row.token.symbol, day: row.day, total: row.total, circulating: row.circulating, source: row.source.key }));
  }

  it("records today's total supply of LUNC and USTC in whole tokens, digit for digit, after a dead first LCD", async () => {
    // uusd is served only on the older /supply/{denom} route: the adapter falls back to it.
    const dead = await findClosedBaseUrl();
    const { baseUrl } = await serve({ ...lcdRoutes(), [supplyPath]: [{ body: readFixture("lcd-supply-by-denom-uluna.json") }, { status: 501, body: readFixture("lcd-error-501-not-implemented.json") }] });
    const result = await ingest([dead, baseUrl]);
    expect(result.status).toBe("succeeded");
    expect(await readSupply()).toEqual([
      { token: "LUNC", day: "2026-12-04", total: "6904017889662", circulating: null, source: "terra-classic/lcd" },
      { token: "USTC", day: "2026-12-04", total: "9976853716.462157", circulating: null, source: "terra-classic/lcd" },
    ]);
    expect(result.outcomes.map((outcome) => [outcome.series, outcome.status, outcome.counts.added])).toEqual([
      ["lunc.supply", "succeeded", 1],
      ["lunc.reading.burn-wallet", "succeeded", 1],
      ["lunc.reading.burn-tax-rate", "succeeded", 1],
      ["lunc.reading.burn-tax-split", "succeeded", 1],
      ["ustc.supply", "succeeded", 1],
    ]);
    // The burn wallet's balance in micro-units, 893838598412377 uluna, is exactly 893838598.412377 LUNC.
    const readings = await store.db.chainReading.findMany({ orderBy: { key: "asc" }, select: { key: true, day: true, value: true, source: { select: { key: true } } } });
    expect(readings).toEqual([
      { key: "burn-tax-rate", day: "2026-12-04", value: "0.005", source: { key: "terra-classic/lcd" } },
      { key: "burn-tax-split", day: "2026-12-04", value: "0.5", source: { key: "terra-classic/lcd" } },
      { key: "burn-wallet", day: "2026-12-04", value: "893838598.412377", source: { key: "terra-classic/lcd" } },
    ]);
    const split = result.outcomes.find((outcome) => outcome.series === "lunc.reading.burn-tax-split")!;
    expect(split.notes).toEqual([expect.stringContaining("0.5 of the burn tax is burned")]);
    expect((await store.db.ingestSeriesRun.findFirstOrThrow({ where: { series: "lunc.reading.burn-wallet" } })).notes).toContain("893838598.412377 LUNC awaiting the next sweep");
  });

  it("keeps one micro-unit that a double would lose, and logs the day's revision when the supply moves", async () => {
    const first = await serve(lcdRoutes());
    await ingest([first.baseUrl]);
    const later = await serve(lcdRoutes('{"amount":{"denom":"uluna","amount":"6904017889661999999"}}'));
    const result = await ingest([later.baseUrl]);
    expect(result.outcomes.find((outcome) => outcome.series === "lunc.supply")).toMatchObject({ counts: { added: 0, updated: 1, unchanged: 0 }, changes: 1 });
    expect((await readSupply())[0]!.total).toBe("6904017889661.999999");
    const [change] = await store.db.ingestChange.findMany({ where: { runId: result.runId! } });
    expect(change).toMatchObject({ series: "lunc.supply", day: "2026-12-04", field: "total", before: "6904017889662", after: "6904017889661.999999" });
  });

  it("fails the series, writing nothing, when every LCD answers an amount as a JSON number", async () => {
    const { baseUrl } = await serve({ ...lcdRoutes(readFixture("lcd-supply-malformed-number.json")), "/cosmos/bank/v1beta1/supply/uluna": { status: 404, body: "{}" } });
    const result = await ingest([baseUrl]);
    const lunc = result.outcomes.find((outcome) => outcome.series === "lunc.supply")!;
    expect(lunc).toMatchObject({ status: "failed", gapsLeft: 1 });
    expect(lunc.errors[0]).toMatch(/amount\.amount: .*expected string, received number/);
    expect((await readSupply()).map((row) => row.token)).toEqual(["USTC"]);
    expect(result.status).toBe("failed");
  });
});
