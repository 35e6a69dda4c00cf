import "server-only";
import type { PricesResponseDto } from "@/lib/api-client/price-queries";
import { distinctSources } from "@/lib/api/sources";
import { paginate, type SeriesQuery } from "@/lib/api/series-query";
import { resampleLast } from "@/lib/series/resample";
import { getPriceHistoryBetween } from "./queries";

type PricesQuery = Pick<SeriesQuery, "from" | "to" | "interval" | "cursor" | "limit">;

/** A token's prices in the shape of GET /api/v1/tokens/{symbol}/prices, for the API and for the first page render. */
export async function buildPricesResponse(token: { id: number; symbol: string }, query: PricesQuery) {
  const rows = await getPriceHistoryBetween(token.id, query.from, query.to);
  const { page, nextCursor } = paginate(resampleLast(rows, query.interval), query);
  const response: PricesResponseDto & { interval: string; sources: ReturnType<typeof distinctSources>; next_cursor: string | null } = {
    token: token.symbol,
    interval: query.interval,
    from: query.from ?? rows[0]?.day ?? null,
    to: query.to ?? rows[rows.length - 1]?.day ?? null,
    as_of: rows[rows.length - 1]?.day ?? null,
    sources: distinctSources(page),
    data: page.map((row) => ({ date: row.day, period_start: row.periodStart, price_usd: row.priceUsd, market_cap_usd: row.marketCapUsd, volume_usd: row.volumeUsd, source: row.source.key })),
    next_cursor: nextCursor,
  };
  return response;
}
