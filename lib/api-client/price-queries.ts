import { queryOptions } from "@tanstack/react-query";
import { fetchApiJson } from "./fetch-api";

export type PriceRowDto = { date: string; period_start: string; price_usd: number; market_cap_usd: number | null; volume_usd: number | null; source: string };
export type PricesResponseDto = { token: string; from: string | null; to: string | null; as_of: string | null; data: PriceRowDto[] };
export type DayRangeQuery = { from: string | null; to: string | null };

/** The API's largest page: a token's whole daily history (BTC: about 3,200 days) fits in one request. */
export const wholeHistoryLimit = 5000;

export function rangeSearch(range: DayRangeQuery): string {
  const params = new URLSearchParams();
  if (range.from) params.set("from", range.from);
  if (range.to) params.set("to", range.to);
  params.set("limit", String(wholeHistoryLimit));
  return `?${params.toString()}`;
}

export function tokenPricesKey(symbol: string, range: DayRangeQuery) {
  return ["token-prices", symbol.toLowerCase(), range.from ?? "start", range.to ?? "end"] as const;
}

/**
 * One factory for the prices query, shared by the server's prefetch (which swaps in a queryFn reading the store)
 * and the browser's hooks (which read /api/v1 with the site's publishable key).
 */
export function tokenPricesQuery(symbol: string, range: DayRangeQuery, key: string) {
  return queryOptions({
    queryKey: tokenPricesKey(symbol, range),
    queryFn: ({ signal }) => fetchApiJson<PricesResponseDto>(`/api/v1/tokens/${encodeURIComponent(symbol.toLowerCase())}/prices${rangeSearch(range)}`, key, signal),
    staleTime: 5 * 60_000,
  });
}
