import "server-only";
import { getDb } from "@/lib/db";

export type PriceRow = { day: string; priceUsd: number; marketCapUsd: number | null; volumeUsd: number | null; sourceId: number };

/** A token's whole daily price history, oldest first. */
export async function getPriceHistory(tokenId: number): Promise<PriceRow[]> {
  return getDb().pricePoint.findMany({
    where: { tokenId },
    orderBy: { day: "asc" },
    select: { day: true, priceUsd: true, marketCapUsd: true, volumeUsd: true, sourceId: true },
  });
}
