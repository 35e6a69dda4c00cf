import { z } from "zod";
import { burnKindSchema } from "@/lib/burns/burn-kinds";
import { createSeriesQuerySchema } from "../series-query";
import { dataSourceSchema, instantOutputSchema, nextCursorSchema, symbolPathSchema, tokenAmountSchema, utcDayOutputSchema } from "./common-schemas";
import { defineOperation } from "./api-operation";

// Public data changes at most once per ingest: each app server may reuse an answer for 10 s.
const PUBLIC_DATA_CACHE_SECONDS = 10;
const tokenReadAccess = { scope: "prices:read", allowPublishable: true, cacheSeconds: PUBLIC_DATA_CACHE_SECONDS } as const;
const seriesProblems = ["invalid_request", "not_found"] as const;

const lunaDailySource = { key: "coingecko-daily/terra-luna", name: "CoinGecko daily Terra Luna Classic (price, market cap, volume)", repository: "nktcodes/Coins-By-Market-Capitalization", path: "terra-luna.csv", commit: "5d8e03a7" };

const tokenSummarySchema = z.object({
  symbol: z.string(),
  name: z.string(),
  coingecko_id: z.string(),
  price_usd: z.number().nullable(),
  price_as_of: utcDayOutputSchema.nullable(),
  price_source: z.string().nullable(),
  market_cap_usd: z.number().nullable(),
  market_cap_as_of: utcDayOutputSchema.nullable(),
});

export const tokenListResponseSchema = z.object({ data: z.array(tokenSummarySchema) }).meta({ id: "TokenList" });
export type TokenListResponse = z.infer<typeof tokenListResponseSchema>;

export const listTokensOperation = defineOperation({
  operationId: "listTokens",
  method: "get",
  path: "/api/v1/tokens",
  tag: "Tokens",
  summary: "Every token with its latest price and market cap",
  description: "Each figure carries the UTC day it is as of; the store may end before today where a source stops.",
  ...tokenReadAccess,
  response: tokenListResponseSchema,
  problems: [],
  example: {
    response: {
      data: [
        { symbol: "LUNC", name: "Terra Luna Classic", coingecko_id: "terra-luna", price_usd: 0.00005925612544617637, price_as_of: "2025-06-08", price_source: "CoinGecko daily LUNC price, 2024-06-09 to 2025-06-08", market_cap_usd: 363046665.264846, market_cap_as_of: "2023-08-28" },
      ],
    },
  },
});

export const tokenDetailResponseSchema = z
  .object({
    symbol: z.string(),
    name: z.string(),
    coingecko_id: z.string(),
    chain_denom: z.string().nullable(),
    price: z.object({ usd: z.number(), as_of: utcDayOutputSchema, source: z.string() }).nullable(),
    market_cap: z.object({ usd: z.number(), as_of: utcDayOutputSchema }).nullable(),
    supply: z.object({ total: tokenAmountSchema.nullable(), circulating: tokenAmountSchema.nullable(), as_of: utcDayOutputSchema, source: z.string() }).nullable(),
    total_burned: z.object({ amount: tokenAmountSchema, as_of: utcDayOutputSchema, source: z.string(), counted_from: z.string() }).nullable(),
  })
  .meta({ id: "TokenDetail" });
export type TokenDetailResponse = z.infer<typeof tokenDetailResponseSchema>;

export const getTokenOperation = defineOperation({
  operationId: "getToken",
  method: "get",
  path: "/api/v1/tokens/{symbol}",
  tag: "Tokens",
  summary: "One token: latest price, market cap, supply and total burned, each with its day and source",
  ...tokenReadAccess,
  pathParams: symbolPathSchema,
  response: tokenDetailResponseSchema,
  problems: ["not_found"],
  example: {
    pathParams: { symbol: "lunc" },
    response: {
      symbol: "LUNC",
      name: "Terra Luna Classic",
      coingecko_id: "terra-luna",
      chain_denom: "uluna",
      price: { usd: 0.00005925612544617637, as_of: "2025-06-08", source: "CoinGecko daily LUNC price, 2024-06-09 to 2025-06-08" },
      market_cap: { usd: 363046665.264846, as_of: "2023-08-28" },
      supply: { total: "6824000000000", circulating: "5800000000000", as_of: "2023-12-03", source: "lunc/published-points" },
      total_burned: { amount: "414893478016", as_of: "2026-03-18", source: "lunc/burn-history", counted_from: "the first day of the burn series (see /api/v1/coverage)" },
    },
  },
});

const priceRowSchema = z.object({
  date: utcDayOutputSchema.meta({ description: "The UTC day of the value (the period's last stored day for weekly and monthly)" }),
  period_start: utcDayOutputSchema,
  price_usd: z.number(),
  market_cap_usd: z.number().nullable().meta({ description: "null where the source does not know it" }),
  volume_usd: z.number().nullable(),
  source: z.string(),
});

export const pricesResponseSchema = z
  .object({
    token: z.string(),
    interval: z.string(),
    from: utcDayOutputSchema.nullable(),
    to: utcDayOutputSchema.nullable(),
    as_of: utcDayOutputSchema.nullable(),
    sources: z.array(dataSourceSchema),
    data: z.array(priceRowSchema),
    next_cursor: nextCursorSchema,
  })
  .meta({ id: "Prices" });
export type PricesResponse = z.infer<typeof pricesResponseSchema>;

export const getTokenPricesOperation = defineOperation({
  operationId: "getTokenPrices",
  invalidExample: { query: { from: "2022-13-01" }, parameter: "from" },
  method: "get",
  path: "/api/v1/tokens/{symbol}/prices",
  tag: "Tokens",
  summary: "Daily, weekly or monthly price, market cap and volume",
  description: "Missing days are absent, never filled: `/api/v1/coverage` lists each series' span.",
  ...tokenReadAccess,
  pathParams: symbolPathSchema,
  query: createSeriesQuerySchema({}),
  response: pricesResponseSchema,
  csv: true,
  problems: [...seriesProblems],
  example: {
    pathParams: { symbol: "lunc" },
    query: { from: "2022-05-01", to: "2022-05-02" },
    response: {
      token: "LUNC",
      interval: "daily",
      from: "2022-05-01",
      to: "2022-05-02",
      as_of: "2022-05-02",
      sources: [lunaDailySource],
      data: [
        { date: "2022-05-01", period_start: "2022-05-01", price_usd: 78.7026266919374, market_cap_usd: 27145587485.909737, volume_usd: 1667513634.538598, source: "coingecko-daily/terra-luna" },
        { date: "2022-05-02", period_start: "2022-05-02", price_usd: 82.31620477645716, market_cap_usd: 28403965670.630238, volume_usd: 1852097516.455454, source: "coingecko-daily/terra-luna" },
      ],
      next_cursor: null,
    },
  },
});

export const supplyResponseSchema = z
  .object({
    token: z.string(),
    unit: z.string(),
    interval: z.string(),
    as_of: utcDayOutputSchema.nullable(),
    sources: z.array(dataSourceSchema),
    data: z.array(z.object({ date: utcDayOutputSchema, period_start: utcDayOutputSchema, total: tokenAmountSchema.nullable(), circulating: tokenAmountSchema.nullable(), source: z.string() })),
    next_cursor: nextCursorSchema,
  })
  .meta({ id: "Supply" });
export type SupplyResponse = z.infer<typeof supplyResponseSchema>;

export const getTokenSupplyOperation = defineOperation({
  operationId: "getTokenSupply",
  invalidExample: { query: { interval: "hourly" }, parameter: "interval" },
  method: "get",
  path: "/api/v1/tokens/{symbol}/supply",
  tag: "Tokens",
  summary: "Total and circulating supply over time, as exact decimal strings",
  scope: "supply:read",
  allowPublishable: true,
  cacheSeconds: PUBLIC_DATA_CACHE_SECONDS,
  pathParams: symbolPathSchema,
  query: createSeriesQuerySchema({}),
  response: supplyResponseSchema,
  csv: true,
  problems: [...seriesProblems],
  example: {
    pathParams: { symbol: "lunc" },
    query: { from: "2022-09-07", to: "2022-09-08" },
    response: {
      token: "LUNC",
      unit: "lunc",
      interval: "daily",
      as_of: "2022-09-08",
      sources: [{ key: "lunc/cmc-hourly", name: "CoinMarketCap LUNC quotes with total and circulating supply", repository: "luncburn/luncburn", path: "header.csv + data.csv", commit: "4d6e40b6" }],
      data: [
        { date: "2022-09-07", period_start: "2022-09-07", total: "6904017889662", circulating: "6151072613161", source: "lunc/cmc-hourly" },
        { date: "2022-09-08", period_start: "2022-09-08", total: "6904017889662", circulating: "6151072613161", source: "lunc/cmc-hourly" },
      ],
      next_cursor: null,
    },
  },
});

export const burnsResponseSchema = z
  .object({
    token: z.string(),
    kind: burnKindSchema,
    unit: z.string(),
    interval: z.string(),
    as_of: utcDayOutputSchema.nullable(),
    note: z.string(),
    sources: z.array(dataSourceSchema),
    data: z.array(
      z.object({
        date: utcDayOutputSchema,
        period_start: utcDayOutputSchema,
        amount: tokenAmountSchema.meta({ description: "Burned in the period" }),
        running_total: tokenAmountSchema.meta({ description: "Burned from the series' first day up to the period's last row" }),
        covered_days: z.number().int(),
      }),
    ),
    next_cursor: nextCursorSchema,
  })
  .meta({ id: "Burns" });
export type BurnsResponse = z.infer<typeof burnsResponseSchema>;

export const getTokenBurnsOperation = defineOperation({
  operationId: "getTokenBurns",
  invalidExample: { query: { kind: "sideways" }, parameter: "kind" },
  method: "get",
  path: "/api/v1/tokens/{symbol}/burns",
  tag: "Tokens",
  summary: "Burns per period and the running total, by kind",
  description: "`total` is every burn together; `tax`, `wallet_transfer`, `exchange_batch` and `one_off` are parts of it reported separately, never to be added to it.",
  scope: "burns:read",
  allowPublishable: true,
  cacheSeconds: PUBLIC_DATA_CACHE_SECONDS,
  pathParams: symbolPathSchema,
  query: createSeriesQuerySchema({ kind: burnKindSchema.default("total").meta({ description: "Which burns" }) }),
  response: burnsResponseSchema,
  csv: true,
  problems: [...seriesProblems],
  example: {
    pathParams: { symbol: "lunc" },
    query: { from: "2026-03-17", to: "2026-03-18", kind: "total" },
    response: {
      token: "LUNC",
      kind: "total",
      unit: "lunc",
      interval: "daily",
      as_of: "2026-03-18",
      note: "amount is what was burned in the period; running_total is the total burned from the series' first day up to its last row in the period",
      sources: [{ key: "lunc/burn-history", name: "LUNC burned per day (luncmetrics + stakebin)", repository: "Baydashaaa/lunc-anonymous-signal", path: "assets/data/burn_history.json", commit: "42353995" }],
      data: [
        { date: "2026-03-17", period_start: "2026-03-17", amount: "39473724", running_total: "414856771507", covered_days: 1 },
        { date: "2026-03-18", period_start: "2026-03-18", amount: "36706509", running_total: "414893478016", covered_days: 1 },
      ],
      next_cursor: null,
    },
  },
});

export const coverageResponseSchema = z
  .object({
    data: z.array(
      z.object({
        token: z.string(),
        series: z.string().meta({ description: "prices, supply or burns:<kind>" }),
        source: dataSourceSchema.extend({ trust: z.string() }),
        first_day: utcDayOutputSchema,
        last_day: utcDayOutputSchema,
        rows: z.number().int(),
        last_import: instantOutputSchema,
      }),
    ),
  })
  .meta({ id: "Coverage" });
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;

export const getCoverageOperation = defineOperation({
  operationId: "getCoverage",
  method: "get",
  path: "/api/v1/coverage",
  tag: "Tokens",
  summary: "Every stored series: its source, first and last day, rows and last import",
  ...tokenReadAccess,
  response: coverageResponseSchema,
  problems: [],
  example: {
    response: {
      data: [
        { token: "LUNC", series: "prices", source: { ...lunaDailySource, trust: "high" }, first_day: "2019-05-08", last_day: "2023-08-28", rows: 1574, last_import: "2026-12-04T12:00:00.000Z" },
      ],
    },
  },
});
