import type { ParsedPrices } from "./sources/coingecko-daily";
import { parseCoingeckoDailyCsv, parseCoingeckoPriceOnlyCsv } from "./sources/coingecko-daily";
import type { ParsedBurns } from "./sources/lunc-burns";
import { parseBurnHistoryJson, parseExchangeBatchesCsv } from "./sources/lunc-burns";
import type { ParsedSupply } from "./sources/lunc-supply";
import { parseCmcHourlySupplyTsv, parseLanaDailySupplyCsv } from "./sources/lunc-supply";
import { parsePublishedOneOffBurns, parsePublishedSupply } from "./sources/published-points";
import { parseYahooDailyCsv } from "./sources/yahoo-daily";
import type { SnapshotSource } from "./snapshot-format";

type Parser<T> = (text: string, file: string) => T;

type SeriesDefinition =
  | { kind: "prices"; parse: Parser<ParsedPrices> }
  | { kind: "supply"; parse: Parser<ParsedSupply> }
  | { kind: "burns"; parse: Parser<ParsedBurns> };

export type SeriesEntry = SeriesDefinition & {
  seriesId: string;
  token: string;
  unit: string;
  /** Path below ../shared/data, or `project:` and a path below the project for curated files. */
  dataFile: string;
  source: SnapshotSource;
  /** Where two series of one token and kind cover the same day, the higher priority keeps it. */
  priority: number;
};

const publishedSource: SnapshotSource = {
  key: "lunc/published-points",
  name: "Published LUNC figures (public reports)",
  repository: null,
  path: "prisma/curated/lunc-published-points.json",
  commit: null,
  trust: "medium",
  notes: "Point values from public reports, each with its citation in the file; rounded as published.",
};

const coingeckoDaily = (token: string, name: string, coingeckoId: string, notes: string): SeriesEntry => ({
  kind: "prices",
  parse: parseCoingeckoDailyCsv,
  seriesId: `${token.toLowerCase()}.prices.coingecko-daily`,
  token,
  unit: "usd",
  dataFile: `coingecko-daily/${coingeckoId}.csv`,
  priority: 10,
  source: {
    key: `coingecko-daily/${coingeckoId}`,
    name: `CoinGecko daily ${name} (price, market cap, volume)`,
    repository: "nktcodes/Coins-By-Market-Capitalization",
    path: `${coingeckoId}.csv`,
    commit: "5d8e03a7",
    trust: "high",
    notes,
  },
});

/** Every series of the bundled snapshot and the file of ../shared/data it is built from (see its README). */
export const seriesCatalog: SeriesEntry[] = [
  coingeckoDaily("LUNC", "Terra Luna Classic", "terra-luna", "CoinGecko points at 00:00 UTC, 2019-05-08 to 2023-08-28. The highest daily point, 116.46 on 2022-04-05, is below the intraday high of 119.18."),
  coingeckoDaily("BTC", "Bitcoin", "bitcoin", "CoinGecko points at 00:00 UTC from 2015-01-01 to 2023-08-28."),
  coingeckoDaily("ETH", "Ethereum", "ethereum", "CoinGecko points at 00:00 UTC from 2015-08-07 to 2023-08-28."),
  coingeckoDaily("SHIB", "Shiba Inu", "shiba-inu", "CoinGecko points at 00:00 UTC from 2020-08-01 to 2023-08-28."),
  {
    kind: "prices",
    parse: parseCoingeckoPriceOnlyCsv,
    seriesId: "lunc.prices.coingecko-2024",
    token: "LUNC",
    unit: "usd",
    dataFile: "lunc/coingecko_daily_price_2024-06-09_2025-06-08.csv",
    priority: 5,
    source: {
      key: "lunc/coingecko-daily-price-2024",
      name: "CoinGecko daily LUNC price, 2024-06-09 to 2025-06-08",
      repository: "NeurogenAI2025/predict-symbols",
      path: "data/terra-luna.csv",
      commit: "1ebaa63d",
      trust: "medium-high",
      notes: "Price only, 365 days.",
    },
  },
  {
    kind: "prices",
    parse: parseYahooDailyCsv,
    seriesId: "ustc.prices.yahoo-daily",
    token: "USTC",
    unit: "usd",
    dataFile: "ustc/yahoo_daily_ohlcv_2020-11-25_2022-11-11.csv",
    priority: 10,
    source: {
      key: "ustc/yahoo-daily",
      name: "Yahoo Finance daily USTC-USD",
      repository: "xlrsp/MA-Stablecoins",
      path: "yahoo_data/USTC-USD.csv",
      commit: "99bb5939",
      trust: "high",
      notes: "High to 2022-10-09; Yahoo has no data after. The May 2022 de-peg is visible.",
    },
  },
  {
    kind: "supply",
    parse: parseLanaDailySupplyCsv,
    seriesId: "lunc.supply.lana-daily",
    token: "LUNC",
    unit: "lunc",
    dataFile: "lunc/daily_price_volume_circsupply_2019-10-15_2022-08-19.csv",
    priority: 5,
    source: {
      key: "lunc/lana-daily",
      name: "Daily LUNC circulating supply (lana-tm)",
      repository: "lana-tm/Project",
      path: "lunc.csv",
      commit: "a317f791",
      trust: "high",
      notes: "Circulating supply 352.6M (2022-04-04) to 6.531T (2022-05-13) through the May 2022 collapse.",
    },
  },
  {
    kind: "supply",
    parse: parseCmcHourlySupplyTsv,
    seriesId: "lunc.supply.cmc-hourly",
    token: "LUNC",
    unit: "lunc",
    dataFile: "lunc/cmc_hourly_quotes_2022-08-08_2022-09-07.tsv",
    priority: 10,
    source: {
      key: "lunc/cmc-hourly",
      name: "CoinMarketCap LUNC quotes with total and circulating supply",
      repository: "luncburn/luncburn",
      path: "header.csv + data.csv",
      commit: "4d6e40b6",
      trust: "medium",
      notes: "Short range, 2022-08-08 to 2022-09-07; total supply 6.906T to 6.904T. Preferred over lana-tm where both cover a day, since it has the total too.",
    },
  },
  {
    kind: "burns",
    parse: parseBurnHistoryJson,
    seriesId: "lunc.burns.total",
    token: "LUNC",
    unit: "lunc",
    dataFile: "lunc/burn_history_daily_2022-08-04_2026-03-18.json",
    priority: 10,
    source: {
      key: "lunc/burn-history",
      name: "LUNC burned per day (luncmetrics + stakebin)",
      repository: "Baydashaaa/lunc-anonymous-signal",
      path: "assets/data/burn_history.json",
      commit: "42353995",
      trust: "good",
      notes: "Good to 2025-03-23: the running sum reaches 46.3B on 2023-03-02 and 405.5B on 2025-03-13 (published: about 406B). Weekly figures from 2025-03-24 to 2026-01-25.",
    },
  },
  {
    kind: "burns",
    parse: parseExchangeBatchesCsv,
    seriesId: "lunc.burns.binance-batches",
    token: "LUNC",
    unit: "lunc",
    dataFile: "lunc/binance_burn_batches_2022-10_2026-03.csv",
    priority: 10,
    source: {
      key: "lunc/binance-batches",
      name: "Binance LUNC burn batches (reported)",
      repository: "Baydashaaa/lunc-anonymous-signal",
      path: "assets/js/app.js (HISTORICAL_BURNS)",
      commit: "0e62aeda",
      trust: "low",
      notes: "Reported figures; another version in the same repository disagrees for 2026.",
    },
  },
  {
    kind: "supply",
    parse: parsePublishedSupply,
    seriesId: "lunc.supply.published",
    token: "LUNC",
    unit: "lunc",
    dataFile: "project:prisma/curated/lunc-published-points.json",
    priority: 1,
    source: publishedSource,
  },
  {
    kind: "burns",
    parse: parsePublishedOneOffBurns,
    seriesId: "lunc.burns.one-off",
    token: "LUNC",
    unit: "lunc",
    dataFile: "project:prisma/curated/lunc-published-points.json",
    priority: 1,
    source: publishedSource,
  },
];

/** Files of ../shared/data left out of the store, and why, so the manifest accounts for every file. */
export const notImported = [
  { path: "lunc/cmc_export_daily_ohlcv_mcap_2019-12-20_2022-12-18.csv", reason: "CoinMarketCap export overlapping CoinGecko's series; its labels are one day early and three days are missing at clock changes. Not loaded, so that each stored day has one source." },
  { path: "lunc/coingecko_volume24h_usd_daily_2025-02-05_2026-02-05.json", reason: "Volume only; most of its days have no stored price to attach it to, and a price row carries one source." },
];
