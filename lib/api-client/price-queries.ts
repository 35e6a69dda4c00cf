import { queryOptions } from "@tanstack/react-query";
import { fetchApiJson } from "./fetch-api";

export type PriceRowDto = { date: string; period_start: string; price_usd: number; market_cap_usd: number | null; volume_usd: number | null; source: string };
export type PricesResponseDto = { token: string; from: string | null; to: string | null; as_of: string | null; data: PriceRowDto[] };

/** One factory for the prices query, shared by every component that shows a token's prices. */
export function tokenPricesQuery(symbol: string, from: string | null, key: string) {
  const search = from ? `?from=${from}` : "";
  return queryOptions({
    queryKey: ["token-prices", symbol.toLowerCase(), from ?? "all"],
    queryFn: ({ signal }) => fetchApiJson<PricesResponseDto>(`/api/v1/tokens/${encodeURIComponent(symbol.toLowerCase())}/prices${search}`, key, signal),
    staleTime: 60_000,
  });
}
