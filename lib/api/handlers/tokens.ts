import "server-only";
import { findLatestBurnTotal, getBurnRows } from "@/lib/burns/queries";
import { buildPricesResponse } from "@/lib/prices/prices-response";
import { resampleBurns, resampleLast } from "@/lib/series/resample";
import { findLatestSupply, getSupplyRows } from "@/lib/supply/queries";
import { findTokenBySymbol, listTokenSummaries, summarizeToken } from "@/lib/tokens/queries";
import { cachedCsv, cachedJson } from "../cached-response";
import { parseQuery } from "../json";
import { ApiProblem } from "../problem";
import { getTokenBurnsOperation, getTokenPricesOperation, getTokenSupplyOperation, type BurnsResponse, type SupplyResponse, type TokenDetailResponse, type TokenListResponse } from "../contract/token-operations";
import { paginate } from "../series-query";
import { distinctSources } from "../sources";
import type { ApiHandler } from "../with-api-key";

type SymbolParams = { symbol: string };

async function findTokenOr404(symbol: string) {
  const token = await findTokenBySymbol(symbol);
  if (!token) throw new ApiProblem("not_found", `No token with the symbol "${symbol.slice(0, 20)}".`);
  return token;
}

export const listTokens: ApiHandler<Record<string, never>> = async ({ request }) => {
  const tokens = await listTokenSummaries();
  const body: TokenListResponse = {
    data: tokens.map((token) => ({
      symbol: token.symbol,
      name: token.name,
      coingecko_id: token.coingeckoId,
      price_usd: token.latestPrice?.priceUsd ?? null,
      price_as_of: token.latestPrice?.day ?? null,
      price_source: token.latestPrice?.sourceName ?? null,
      market_cap_usd: token.latestMarketCap?.marketCapUsd ?? null,
      market_cap_as_of: token.latestMarketCap?.day ?? null,
    })),
  };
  return cachedJson(request, body);
};

export const getToken: ApiHandler<SymbolParams> = async ({ request, params }) => {
  const token = await findTokenOr404(params.symbol);
  const [summary, supply, burned] = await Promise.all([summarizeToken(token), findLatestSupply(token.id), findLatestBurnTotal(token.id)]);
  const body: TokenDetailResponse = {
    symbol: token.symbol,
    name: token.name,
    coingecko_id: token.coingeckoId,
    chain_denom: token.chainDenom,
    price: summary.latestPrice ? { usd: summary.latestPrice.priceUsd, as_of: summary.latestPrice.day, source: summary.latestPrice.sourceName } : null,
    market_cap: summary.latestMarketCap ? { usd: summary.latestMarketCap.marketCapUsd, as_of: summary.latestMarketCap.day } : null,
    supply: supply ? { total: supply.total, circulating: supply.circulating, as_of: supply.day, source: supply.source.key } : null,
    total_burned: burned ? { amount: burned.runningTotal, as_of: burned.day, source: burned.source.key, counted_from: "the first day of the burn series (see /api/v1/coverage)" } : null,
  };
  return cachedJson(request, body);
};

export const getTokenPrices: ApiHandler<SymbolParams> = async ({ request, params }) => {
  const query = parseQuery(getTokenPricesOperation.query, request);
  const token = await findTokenOr404(params.symbol);
  const body = await buildPricesResponse(token, query);
  if (query.format === "csv") {
    const rows = body.data.map((row) => [row.date, row.period_start, row.price_usd, row.market_cap_usd, row.volume_usd, row.source]);
    return cachedCsv(request, ["date", "period_start", "price_usd", "market_cap_usd", "volume_usd", "source"], rows, `${token.symbol.toLowerCase()}-prices-${query.interval}.csv`);
  }
  return cachedJson(request, body);
};

export const getTokenSupply: ApiHandler<SymbolParams> = async ({ request, params }) => {
  const query = parseQuery(getTokenSupplyOperation.query, request);
  const token = await findTokenOr404(params.symbol);
  const rows = await getSupplyRows(token.id, query.from, query.to);
  const { page, nextCursor } = paginate(resampleLast(rows, query.interval), query);
  const data = page.map((row) => ({ date: row.day, period_start: row.periodStart, total: row.total, circulating: row.circulating, source: row.source.key }));
  if (query.format === "csv") {
    return cachedCsv(request, ["date", "period_start", "total", "circulating", "source"], data.map((row) => [row.date, row.period_start, row.total, row.circulating, row.source]), `${token.symbol.toLowerCase()}-supply-${query.interval}.csv`);
  }
  const body: SupplyResponse = { token: token.symbol, unit: token.symbol.toLowerCase(), interval: query.interval, as_of: rows[rows.length - 1]?.day ?? null, sources: distinctSources(page), data, next_cursor: nextCursor };
  return cachedJson(request, body);
};

export const getTokenBurns: ApiHandler<SymbolParams> = async ({ request, params }) => {
  const query = parseQuery(getTokenBurnsOperation.query, request);
  const token = await findTokenOr404(params.symbol);
  const rows = await getBurnRows(token.id, query.kind, query.from, query.to);
  const { page, nextCursor } = paginate(resampleBurns(rows, query.interval), query);
  const data = page.map((bucket) => ({ date: bucket.day, period_start: bucket.periodStart, amount: bucket.amount, running_total: bucket.runningTotal, covered_days: bucket.coveredDays }));
  if (query.format === "csv") {
    return cachedCsv(request, ["date", "period_start", "amount", "running_total", "covered_days"], data.map((row) => [row.date, row.period_start, row.amount, row.running_total, row.covered_days]), `${token.symbol.toLowerCase()}-burns-${query.kind}-${query.interval}.csv`);
  }
  const body: BurnsResponse = {
    token: token.symbol,
    kind: query.kind,
    unit: token.symbol.toLowerCase(),
    interval: query.interval,
    as_of: rows[rows.length - 1]?.day ?? null,
    note: "amount is what was burned in the period; running_total is the total burned from the series' first day up to its last row in the period",
    sources: distinctSources(rows),
    data,
    next_cursor: nextCursor,
  };
  return cachedJson(request, body);
};
