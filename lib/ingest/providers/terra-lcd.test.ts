import { describe, expect, it } from "vitest";
import { readFixture } from "@/lib/ingest/fixtures/read-fixture";
import { findClosedBaseUrl } from "@/lib/ingest/http/recorded-response-server";
import { useRecordedResponseServers } from "@/lib/ingest/http/use-recorded-response-servers";
import { createTerraLcdProvider, terraBurnAddress } from "./terra-lcd";

const supplyPath = "/cosmos/bank/v1beta1/supply/by_denom";
const balanceByDenomPath = `/cosmos/bank/v1beta1/balances/${terraBurnAddress}/by_denom`;
const balancesPath = `/cosmos/bank/v1beta1/balances/${terraBurnAddress}`;
const taxParamsPath = "/terra/tax/v1beta1/params";
const treasuryParamsPath = "/terra/treasury/v1beta1/params";
const treasuryTaxRatePath = "/terra/treasury/v1beta1/tax_rate";

const serve = useRecordedResponseServers();

function createInstantRetry(sleeps: number[] = []) {
  return { retries: 1, timeoutMs: 2_000, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, baseDelayMs: 100 };
}

describe("Terra Classic LCD provider: supply", () => {
  it("keeps the uluna total supply exact: 6904017889662000000 uluna is 6904017889662 LUNC", async () => {
    const { baseUrl, requests } = await serve({ [supplyPath]: { body: readFixture("lcd-supply-by-denom-uluna.json") } });
    const supply = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTotalSupply("uluna");
    expect(supply).toEqual({ denom: "uluna", amountBaseUnits: 6904017889662000000n, amountWholeTokens: "6904017889662", source: `${baseUrl}${supplyPath}?denom=uluna` });
    expect(requests[0]!.query.get("denom")).toBe("uluna");
    // The reason for bigint: the nearest double is a different number of uluna.
    expect(BigInt(Number("6904017889662000001"))).not.toBe(6904017889662000001n);
  });

  it("reads the uusd supply the same way", async () => {
    const { baseUrl } = await serve({ [supplyPath]: { body: readFixture("lcd-supply-by-denom-uusd.json") } });
    const supply = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTotalSupply("uusd");
    expect(supply).toMatchObject({ denom: "uusd", amountBaseUnits: 9976853716462157n, amountWholeTokens: "9976853716.462157" });
  });

  it("falls over to the second URL when the first is down", async () => {
    const down = await findClosedBaseUrl();
    const { baseUrl } = await serve({ [supplyPath]: { body: readFixture("lcd-supply-by-denom-uluna.json") } });
    const sleeps: number[] = [];
    const supply = await createTerraLcdProvider({ urls: [down, baseUrl], retry: createInstantRetry(sleeps) }).fetchTotalSupply("uluna");
    expect(supply.amountWholeTokens).toBe("6904017889662");
    expect(supply.source.startsWith(baseUrl)).toBe(true);
    // The dead node got its one retry before the provider moved on.
    expect(sleeps).toEqual([50]);
  });

  it("falls over when the first URL answers 503 or garbage", async () => {
    const failing = await serve({ [supplyPath]: { status: 503, body: "<html>503 Service Temporarily Unavailable</html>" } });
    const garbled = await serve({ [supplyPath]: { body: '{"amount":{"denom":"uluna","amount":"69040' } });
    const good = await serve({ [supplyPath]: { body: readFixture("lcd-supply-by-denom-uluna.json") } });
    const provider = createTerraLcdProvider({ urls: [failing.baseUrl, garbled.baseUrl, good.baseUrl], retry: createInstantRetry() });
    await expect(provider.fetchTotalSupply("uluna")).resolves.toMatchObject({ amountBaseUnits: 6904017889662000000n });
    expect(failing.requestsTo(supplyPath)).toHaveLength(2);
    expect(garbled.requestsTo(supplyPath)).toHaveLength(1);
  });

  it("uses the older /supply/{denom} route on a node without by_denom", async () => {
    const { baseUrl } = await serve({ "/cosmos/bank/v1beta1/supply/uluna": { body: readFixture("lcd-supply-by-denom-uluna.json") } });
    const supply = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTotalSupply("uluna");
    expect(supply).toMatchObject({ amountWholeTokens: "6904017889662", source: `${baseUrl}/cosmos/bank/v1beta1/supply/uluna` });
  });

  it("refuses an amount sent as a JSON number, which would have lost digits", async () => {
    const { baseUrl } = await serve({ [supplyPath]: { body: readFixture("lcd-supply-malformed-number.json") }, "/cosmos/bank/v1beta1/supply/uluna": { status: 404, body: "{}" } });
    const failing = createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTotalSupply("uluna");
    await expect(failing).rejects.toMatchObject({ kind: "http", message: expect.stringMatching(/All 2 sources failed: 1\) Total supply of uluna .* is malformed: amount\.amount: .*expected string, received number/) });
  });

  it("refuses an answer for another denom", async () => {
    const { baseUrl } = await serve({ [supplyPath]: { body: readFixture("lcd-supply-by-denom-uusd.json") }, "/cosmos/bank/v1beta1/supply/uluna": { body: readFixture("lcd-supply-by-denom-uusd.json") } });
    await expect(createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTotalSupply("uluna")).rejects.toMatchObject({ kind: "malformed", message: expect.stringContaining('denom "uusd", not "uluna"') });
  });

  it("reports every URL's failure when none answers", async () => {
    const first = await findClosedBaseUrl();
    const second = await serve({});
    const error = await createTerraLcdProvider({ urls: [first, second.baseUrl], retry: createInstantRetry() })
      .fetchTotalSupply("uluna")
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "http", status: 501 });
    expect((error as Error).message).toMatch(/^All 4 sources failed: 1\) Could not reach .*ECONNREFUSED.* 2\) HTTP 501/);
  });

  it("needs at least one URL", () => {
    expect(() => createTerraLcdProvider({ urls: [] })).toThrow(/at least one URL/);
  });
});

describe("Terra Classic LCD provider: burn wallet", () => {
  it("reads the burn wallet's uluna balance exactly", async () => {
    const { baseUrl, requests } = await serve({ [balanceByDenomPath]: { body: readFixture("lcd-balance-by-denom-burn-wallet-uluna.json") } });
    const balance = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchBurnWalletBalance();
    expect(balance).toMatchObject({ denom: "uluna", amountBaseUnits: 893838598412377n, amountWholeTokens: "893838598.412377" });
    expect(requests[0]!.query.get("denom")).toBe("uluna");
  });

  it("pages through the balance list on a node without by_denom", async () => {
    const { baseUrl, requestsTo } = await serve({ [balancesPath]: [{ body: readFixture("lcd-balances-burn-wallet-page-1.json") }, { body: readFixture("lcd-balances-burn-wallet-page-2.json") }] });
    const balance = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchBurnWalletBalance();
    expect(balance).toMatchObject({ amountBaseUnits: 893838598412377n, amountWholeTokens: "893838598.412377" });
    const pages = requestsTo(balancesPath);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.query.get("pagination.key")).toBe("dWtydw==");
  });

  it("reads a wallet the list leaves uluna out of as zero (the bank module omits zero balances)", async () => {
    const { baseUrl } = await serve({ [balancesPath]: { body: '{"balances":[{"denom":"uusd","amount":"1480912730641"}],"pagination":{"next_key":null,"total":"0"}}' } });
    await expect(createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchBurnWalletBalance()).resolves.toMatchObject({ amountBaseUnits: 0n, amountWholeTokens: "0" });
  });
});

describe("Terra Classic LCD provider: tax parameters", () => {
  it("reads the burn tax rate from the tax module and the split from the treasury", async () => {
    const { baseUrl } = await serve({ [taxParamsPath]: { body: readFixture("lcd-tax-params.json") }, [treasuryParamsPath]: { body: readFixture("lcd-treasury-params.json") } });
    const taxes = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTaxParameters();
    expect(taxes).toEqual({
      burnTaxRate: "0.005",
      burnTaxSplit: "0.5",
      burnedShareOfTax: "0.5",
      sources: { burnTaxRate: `${baseUrl}${taxParamsPath}`, burnTaxSplit: `${baseUrl}${treasuryParamsPath}` },
    });
  });

  it("falls back to the treasury tax rate on a chain version without the tax module", async () => {
    const { baseUrl } = await serve({ [treasuryTaxRatePath]: { body: readFixture("lcd-treasury-tax-rate.json") }, [treasuryParamsPath]: { body: readFixture("lcd-treasury-params.json") } });
    const taxes = await createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTaxParameters();
    expect(taxes).toMatchObject({ burnTaxRate: "0.005", sources: { burnTaxRate: `${baseUrl}${treasuryTaxRatePath}` } });
  });

  it("prefers the current endpoint on a later URL over a legacy one on an outdated first URL", async () => {
    const outdated = await serve({ [treasuryTaxRatePath]: { body: '{"tax_rate":"0.012000000000000000"}' }, [treasuryParamsPath]: { body: readFixture("lcd-treasury-params.json") } });
    const current = await serve({ [taxParamsPath]: { body: readFixture("lcd-tax-params.json") }, [treasuryParamsPath]: { body: readFixture("lcd-treasury-params.json") } });
    const taxes = await createTerraLcdProvider({ urls: [outdated.baseUrl, current.baseUrl], retry: createInstantRetry() }).fetchTaxParameters();
    expect(taxes.burnTaxRate).toBe("0.005");
    expect(taxes.sources.burnTaxRate).toBe(`${current.baseUrl}${taxParamsPath}`);
    expect(taxes.sources.burnTaxSplit).toBe(`${outdated.baseUrl}${treasuryParamsPath}`);
  });

  it("refuses a rate that is not a fraction", async () => {
    const { baseUrl } = await serve({ [taxParamsPath]: { body: '{"params":{"gas_prices":[],"burn_tax_rate":"1.5"}}' } });
    const failing = createTerraLcdProvider({ urls: [baseUrl], retry: createInstantRetry() }).fetchTaxParameters();
    await expect(failing).rejects.toThrow(/params\.burn_tax_rate: must be a decimal fraction between 0 and 1/);
  });
});
