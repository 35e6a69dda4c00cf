import "server-only";
import { getDb } from "@/lib/db";

/** The latest stored market cap of a token, with its day and source key, or null. */
export async function findLatestMarketCapWithSource(tokenId: number) {
  const row = await getDb().pricePoint.findFirst({
    where: { tokenId, marketCapUsd: { not: null } },
    orderBy: { day: "desc" },
    select: { day: true, marketCapUsd: true, source: { select: { key: true } } },
  });
  return row?.marketCapUsd != null ? { day: row.day, marketCapUsd: row.marketCapUsd, sourceKey: row.source.key } : null;
}

/** The latest supply point of a token that has a total, with its day and source key, or null. */
export async function findLatestTotalSupply(tokenId: number) {
  const row = await getDb().supplyPoint.findFirst({
    where: { tokenId, total: { not: null } },
    orderBy: { day: "desc" },
    select: { day: true, total: true, source: { select: { key: true } } },
  });
  return row?.total != null ? { day: row.day, total: Number(row.total), sourceKey: row.source.key } : null;
}
