import { queryOptions } from "@tanstack/react-query";
import { fetchApiJson } from "./fetch-api";
import { rangeSearch, type DayRangeQuery } from "./price-queries";

export type SupplyRowDto = { date: string; period_start: string; total: string | null; circulating: string | null; source: string };
export type SupplyResponseDto = { token: string; as_of: string | null; data: SupplyRowDto[] };

/** The supply query, shared by the server's prefetch and the browser's hooks (see tokenPricesQuery). */
export function tokenSupplyQuery(symbol: string, range: DayRangeQuery, key: string) {
  return queryOptions({
    queryKey: ["token-supply", symbol.toLowerCase(), range.from ?? "start", range.to ?? "end"] as const,
    queryFn: ({ signal }) => fetchApiJson<SupplyResponseDto>(`/api/v1/tokens/${encodeURIComponent(symbol.toLowerCase())}/supply${rangeSearch(range)}`, key, signal),
    staleTime: 5 * 60_000,
  });
}
