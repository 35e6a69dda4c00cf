import "server-only";
import type { PricesResponseDto } from "@/lib/api-client/price-queries";
import { getPriceHistoryBetween } from "./queries";

/** A token's prices in the shape of GET /api/v1/tokens/{symbol}/prices, for the API and for the first page render. */
export async function buildPricesResponse(token: { id: number; symbol: string }, from?: string, to?: string): Promise<PricesResponseDto & { interval: "daily"; sources: unknown[] }> {
  const rows = await getPriceHistoryBetween(token.id, from, to);
  return {
    token: token.symbol,
    interval: "daily",
    from: from ?? rows[0]?.day ?? null,
    to: to ?? rows[rows.length - 1]?.day ?? null,
    as_of: rows[rows.length - 1]?.day ?? null,
    sources: [...new Map(rows.map((row) => [row.source.key, { key: row.source.key, name: row.source.name, repository: row.source.repository, path: row.source.path, commit: row.source.commit }])).values()],
    data: rows.map((row) => ({ date: row.day, price_usd: row.priceUsd, market_cap_usd: row.marketCapUsd, volume_usd: row.volumeUsd, source: row.source.key })),
  };
}
