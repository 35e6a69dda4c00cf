import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createSnapshotApiHarness, readProblem, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { getCoverage } from "./coverage";
import { getToken, getTokenBurns, getTokenPrices, getTokenSupply, listTokens } from "./tokens";

const base = "http://127.0.0.1:3100/api/v1";

describe("v1 data routes on the bundled snapshot", () => {
  let harness: ApiHarness;
  let key: string;
  let routes: Record<"tokens" | "token" | "prices" | "supply" | "burns" | "coverage", TestRoute>;
  const get = async (route: TestRoute, path: string, params?: Record<string, string>, headers?: Record<string, string>) => {
    harness.advance(1_000); // keeps the shared key under its burst limit
    return route(buildRequest(`${base}${path}`, { key, headers }), params);
  };

  beforeAll(async () => {
    harness = await createSnapshotApiHarness();
    key = (await harness.createKey({ scopes: ["prices:read", "supply:read", "burns:read"] })).key;
    routes = {
      tokens: harness.route(listTokens, { scope: "prices:read" }),
      token: harness.route(getToken, { scope: "prices:read" }),
      prices: harness.route(getTokenPrices, { scope: "prices:read" }),
      supply: harness.route(getTokenSupply, { scope: "supply:read" }),
      burns: harness.route(getTokenBurns, { scope: "burns:read" }),
      coverage: harness.route(getCoverage, { scope: "prices:read" }),
    };
  });
  afterAll(async () => harness?.dispose());

  it("GET /tokens/{symbol}: latest price, market cap, supply and total burned, each with its day and source", async () => {
    const response = await get(routes.token, "/tokens/lunc", { symbol: "lunc" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      symbol: "LUNC",
      price: { as_of: "2025-06-08" },
      market_cap: { as_of: "2023-08-28" },
      supply: { total: "6824000000000", as_of: "2023-12-03", source: "lunc/published-points" },
      total_burned: { amount: "414893478016", as_of: "2026-03-18", source: "lunc/burn-history" },
    });
    expect((await get(routes.token, "/tokens/nope", { symbol: "nope" })).status).toBe(404);
  });

  it("GET /tokens/{symbol}/prices: intervals, CSV with a header row, ETag and 304", async () => {
    const weekly = await get(routes.prices, "/tokens/btc/prices?from=2023-08-01&to=2023-08-28&interval=weekly", { symbol: "btc" });
    const body = (await weekly.json()) as { data: { date: string; period_start: string }[] };
    expect(body.data.map((row) => [row.period_start, row.date])).toEqual([
      ["2023-07-31", "2023-08-06"],
      ["2023-08-07", "2023-08-13"],
      ["2023-08-14", "2023-08-20"],
      ["2023-08-21", "2023-08-27"],
      ["2023-08-28", "2023-08-28"],
    ]);
    const csv = await get(routes.prices, "/tokens/btc/prices?from=2023-08-27&to=2023-08-28&format=csv", { symbol: "btc" });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).trim().split("\n")).toEqual([
      "date,period_start,price_usd,market_cap_usd,volume_usd,source",
      "2023-08-27,2023-08-27,26002.015717319366,506086069151.6848,3420999388.355067,coingecko-daily/bitcoin",
      "2023-08-28,2023-08-28,26082.717178218525,507835678906.77924,4743752357.401259,coingecko-daily/bitcoin",
    ]);
    const first = await get(routes.prices, "/tokens/btc/prices?from=2023-08-27", { symbol: "btc" });
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("private, max-age=60");
    const again = await get(routes.prices, "/tokens/btc/prices?from=2023-08-27", { symbol: "btc" }, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("pages long series with a cursor, losing and repeating no day", async () => {
    const days: string[] = [];
    let path = "/tokens/eth/prices?limit=1000";
    for (let pages = 0; pages < 10; pages++) {
      const page = (await (await get(routes.prices, path, { symbol: "eth" })).json()) as { data: { date: string }[]; next_cursor: string | null };
      days.push(...page.data.map((row) => row.date));
      if (!page.next_cursor) break;
      path = `/tokens/eth/prices?limit=1000&cursor=${page.next_cursor}`;
    }
    expect(days).toHaveLength(2943);
    expect(new Set(days).size).toBe(2943);
    const bad = await get(routes.prices, "/tokens/eth/prices?cursor=nonsense", { symbol: "eth" });
    expect(bad.status).toBe(400);
    expect(await readProblem(bad)).toMatchObject({ parameter: "cursor" });
  });

  it("GET /tokens/{symbol}/supply: exact decimal strings from the sources", async () => {
    const response = await get(routes.supply, "/tokens/lunc/supply?from=2022-08-08&to=2022-08-09", { symbol: "lunc" });
    const body = (await response.json()) as { data: { date: string; total: string }[]; sources: { key: string }[] };
    expect(body.data[0]).toMatchObject({ date: "2022-08-08", total: "6906229037364.156" });
    expect(body.sources.map((source) => source.key)).toEqual(["lunc/cmc-hourly"]);
  });

  it("GET /tokens/{symbol}/burns: amounts per period and the running total, never weekly figures summed daily", async () => {
    const weekly = await get(routes.burns, "/tokens/lunc/burns?from=2025-03-24&to=2025-04-06&interval=weekly", { symbol: "lunc" });
    const body = (await weekly.json()) as { data: { period_start: string; amount: string; covered_days: number }[] };
    expect(body.data).toEqual([
      { date: "2025-03-24", period_start: "2025-03-24", amount: "145314351", running_total: "405904669773", covered_days: 7 },
      { date: "2025-03-31", period_start: "2025-03-31", amount: "51912040", running_total: "405956581813", covered_days: 7 },
    ]);
    const batches = await get(routes.burns, "/tokens/lunc/burns?kind=exchange_batch&to=2022-10-10", { symbol: "lunc" });
    expect(((await batches.json()) as { data: { amount: string }[] }).data.map((row) => row.amount)).toEqual(["5570000000", "2300000000"]);
    const badKind = await get(routes.burns, "/tokens/lunc/burns?kind=fire", { symbol: "lunc" });
    expect(badKind.status).toBe(400);
    expect(await readProblem(badKind)).toMatchObject({ parameter: "kind" });
  });

  it("GET /coverage and GET /tokens list every series and token", async () => {
    const coverage = (await (await get(routes.coverage, "/coverage")).json()) as { data: { token: string; series: string; first_day: string }[] };
    expect(coverage.data).toContainEqual(expect.objectContaining({ token: "LUNC", series: "burns:total", first_day: "2022-08-04" }));
    const tokens = (await (await get(routes.tokens, "/tokens")).json()) as { data: { symbol: string }[] };
    expect(tokens.data).toHaveLength(5);
  });

  it("every route: 401 without a key, 403 without its scope, 400 naming a bad parameter", async () => {
    const narrow = (await harness.createKey({ scopes: ["articles:read"] })).key;
    const cases: [TestRoute, string, Record<string, string> | undefined][] = [
      [routes.tokens, "/tokens", undefined],
      [routes.token, "/tokens/lunc", { symbol: "lunc" }],
      [routes.prices, "/tokens/lunc/prices", { symbol: "lunc" }],
      [routes.supply, "/tokens/lunc/supply", { symbol: "lunc" }],
      [routes.burns, "/tokens/lunc/burns", { symbol: "lunc" }],
      [routes.coverage, "/coverage", undefined],
    ];
    for (const [route, path, params] of cases) {
      expect((await route(buildRequest(`${base}${path}`), params)).status, path).toBe(401);
      expect((await route(buildRequest(`${base}${path}`, { key: narrow }), params)).status, path).toBe(403);
    }
    for (const [route, path] of [[routes.prices, "/tokens/lunc/prices"], [routes.supply, "/tokens/lunc/supply"], [routes.burns, "/tokens/lunc/burns"]] as const) {
      harness.advance(10_000); // past the 20-in-10-seconds burst limit of the one key these tests share
      const bad = await route(buildRequest(`${base}${path}?interval=hourly`, { key }), { symbol: "lunc" });
      expect(bad.status).toBe(400);
      expect(await readProblem(bad)).toMatchObject({ parameter: "interval" });
      const reversed = await route(buildRequest(`${base}${path}?from=2023-01-02&to=2023-01-01`, { key }), { symbol: "lunc" });
      expect(await readProblem(reversed)).toMatchObject({ status: 400, parameter: "to" });
    }
  });
});
