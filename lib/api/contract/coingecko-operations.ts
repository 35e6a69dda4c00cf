import { z } from "zod";
import { daysSchema, historyDateSchema, instantSchema, vsCurrencySchema } from "@/lib/coingecko-compat/params";
import { defineOperation } from "./api-operation";

const coingeckoAccess = { scope: "prices:read", allowPublishable: true, allowCoingeckoHeaders: true, cacheSeconds: 10 } as const;
const coinIdPathSchema = z.object({ id: z.string().min(1).max(100).meta({ description: "CoinGecko's coin id: terra-luna (LUNC), terrausd (USTC), bitcoin, ethereum, shiba-inu", example: "terra-luna" }) });
const booleanFlag = z.enum(["true", "false"]).default("false").transform((value) => value === "true");
const timeValueSchema = z.tuple([z.number().meta({ description: "Unix milliseconds, 00:00 UTC of the day" }), z.number()]);

export const marketChartResponseSchema = z
  .object({ prices: z.array(timeValueSchema), market_caps: z.array(timeValueSchema), total_volumes: z.array(timeValueSchema) })
  .meta({ id: "CoingeckoMarketChart", description: "Days whose market cap or volume is unknown are left out of that series, so the arrays may differ in length" });
export type MarketChartResponse = z.infer<typeof marketChartResponseSchema>;

const lunaChartExample: MarketChartResponse = {
  prices: [[1651363200000, 78.7026266919374], [1651449600000, 82.31620477645716]],
  market_caps: [[1651363200000, 27145587485.909737], [1651449600000, 28403965670.630238]],
  total_volumes: [[1651363200000, 1667513634.538598], [1651449600000, 1852097516.455454]],
};

export const pingOperation = defineOperation({
  operationId: "coingeckoPing",
  method: "get",
  path: "/api/coingecko/v3/ping",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /ping",
  ...coingeckoAccess,
  response: z.object({ gecko_says: z.string() }),
  problems: [],
  example: { response: { gecko_says: "(V3) To the Moon!" } },
});

export const simplePriceQuerySchema = z.object({
  ids: z.string().trim().min(1, "name at least one coin id").meta({ description: "Comma-separated coin ids", example: "terra-luna,bitcoin" }),
  vs_currencies: z.string().trim().toLowerCase().refine((value) => value.split(",").includes("usd"), "only usd is available").meta({ example: "usd" }),
  include_market_cap: booleanFlag,
  include_24hr_vol: booleanFlag,
  include_24hr_change: booleanFlag,
  include_last_updated_at: booleanFlag,
});

export const simplePriceOperation = defineOperation({
  operationId: "coingeckoSimplePrice",
  invalidExample: { query: { ids: "bitcoin", vs_currencies: "eur" }, parameter: "vs_currencies" },
  method: "get",
  path: "/api/coingecko/v3/simple/price",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /simple/price: the latest stored day of each id (unknown ids are left out, as CoinGecko does)",
  ...coingeckoAccess,
  query: simplePriceQuerySchema,
  response: z.record(z.string(), z.record(z.string(), z.number())),
  problems: ["invalid_request"],
  example: { query: { ids: "bitcoin", vs_currencies: "usd" }, response: { bitcoin: { usd: 26082.717178218525 } } },
});

export const listCoinsOperation = defineOperation({
  operationId: "coingeckoCoinsList",
  method: "get",
  path: "/api/coingecko/v3/coins/list",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /coins/list, for the coins we hold",
  ...coingeckoAccess,
  response: z.array(z.object({ id: z.string(), symbol: z.string(), name: z.string() })),
  problems: [],
  example: { response: [{ id: "terra-luna", symbol: "lunc", name: "Terra Luna Classic" }] },
});

export const getCoinOperation = defineOperation({
  operationId: "coingeckoCoin",
  method: "get",
  path: "/api/coingecko/v3/coins/{id}",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /coins/{id}: the latest stored market data",
  ...coingeckoAccess,
  pathParams: coinIdPathSchema,
  response: z.object({
    id: z.string(),
    symbol: z.string(),
    name: z.string(),
    last_updated: z.string().nullable(),
    market_data: z.object({
      current_price: z.record(z.string(), z.number()),
      market_cap: z.record(z.string(), z.number()),
      total_volume: z.record(z.string(), z.number()),
      circulating_supply: z.number().nullable(),
      total_supply: z.number().nullable(),
      last_updated: z.string().nullable(),
    }),
  }),
  problems: ["not_found"],
  example: {
    pathParams: { id: "terrausd" },
    response: {
      id: "terrausd",
      symbol: "ustc",
      name: "TerraClassicUSD",
      last_updated: "2022-10-09T00:00:00.000Z",
      market_data: { current_price: { usd: 0.029324 }, market_cap: {}, total_volume: { usd: 71334120 }, circulating_supply: null, total_supply: null, last_updated: "2022-10-09T00:00:00.000Z" },
    },
  },
});

const chartOptions = { interval: z.string().optional().meta({ description: "Accepted for compatibility; points are always daily" }), precision: z.string().optional().meta({ description: "Accepted for compatibility; values are full precision" }) };

export const marketChartOperation = defineOperation({
  operationId: "coingeckoMarketChart",
  invalidExample: { query: { vs_currency: "usd", days: "abc" }, parameter: "days" },
  method: "get",
  path: "/api/coingecko/v3/coins/{id}/market_chart",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /market_chart: `days` counts back from the latest stored day, inclusive",
  ...coingeckoAccess,
  pathParams: coinIdPathSchema,
  query: z.object({ vs_currency: vsCurrencySchema.meta({ example: "usd" }), days: daysSchema.meta({ description: "A whole number of days, or max", example: "30" }), ...chartOptions }),
  response: marketChartResponseSchema,
  problems: ["invalid_request", "not_found"],
  example: { pathParams: { id: "terra-luna" }, query: { vs_currency: "usd", days: "max" }, response: lunaChartExample },
});

export const marketChartRangeOperation = defineOperation({
  operationId: "coingeckoMarketChartRange",
  invalidExample: { query: { vs_currency: "usd", from: "yesterday", to: "1651449600" }, parameter: "from" },
  method: "get",
  path: "/api/coingecko/v3/coins/{id}/market_chart/range",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /market_chart/range: `from` and `to` as Unix seconds or ISO dates",
  ...coingeckoAccess,
  pathParams: coinIdPathSchema,
  query: z.object({ vs_currency: vsCurrencySchema.meta({ example: "usd" }), from: instantSchema.meta({ example: "1651363200" }), to: instantSchema.meta({ example: "1651449600" }), ...chartOptions }),
  response: marketChartResponseSchema,
  problems: ["invalid_request", "not_found"],
  example: { pathParams: { id: "terra-luna" }, query: { vs_currency: "usd", from: "1651363200", to: "1651449600" }, response: lunaChartExample },
});

export const coinHistoryOperation = defineOperation({
  operationId: "coingeckoCoinHistory",
  invalidExample: { query: { date: "2022/05/01" }, parameter: "date" },
  method: "get",
  path: "/api/coingecko/v3/coins/{id}/history",
  tag: "CoinGecko-compatible",
  summary: "CoinGecko's /coins/{id}/history: the stored day's price, market cap and volume (no market_data on a missing day)",
  ...coingeckoAccess,
  pathParams: coinIdPathSchema,
  query: z.object({ date: historyDateSchema.meta({ description: "YYYY-MM-DD, or CoinGecko's dd-mm-yyyy", example: "01-05-2022" }), localization: z.string().optional() }),
  response: z.object({
    id: z.string(),
    symbol: z.string(),
    name: z.string(),
    market_data: z.object({ current_price: z.record(z.string(), z.number()), market_cap: z.record(z.string(), z.number()), total_volume: z.record(z.string(), z.number()) }).optional(),
  }),
  problems: ["invalid_request", "not_found"],
  example: {
    pathParams: { id: "terra-luna" },
    query: { date: "01-05-2022" },
    response: { id: "terra-luna", symbol: "lunc", name: "Terra Luna Classic", market_data: { current_price: { usd: 78.7026266919374 }, market_cap: { usd: 27145587485.909737 }, total_volume: { usd: 1667513634.538598 } } },
  },
});
