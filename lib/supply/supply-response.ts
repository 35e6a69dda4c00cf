import "server-only";
import type { SupplyResponseDto } from "@/lib/api-client/supply-queries";
import { getSupplyRows } from "./queries";

/** A token's daily supply in the JSON shape of GET /api/v1/tokens/{symbol}/supply (one page), for the page's first render. */
export async function buildSupplyResponse(token: { id: number; symbol: string }, range: { from: string | null; to: string | null }): Promise<SupplyResponseDto> {
  const rows = await getSupplyRows(token.id, range.from ?? undefined, range.to ?? undefined);
  return {
    token: token.symbol,
    as_of: rows[rows.length - 1]?.day ?? null,
    data: rows.map((row) => ({ date: row.day, period_start: row.day, total: row.total, circulating: row.circulating, source: row.source.key })),
  };
}
