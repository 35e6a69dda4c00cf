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

/** Stored market caps of a token from `from` on (inclusive), oldest first: the history the Monte Carlo fit reads. */
export async function getMarketCapsFrom(tokenId: number, from: string) {
  const rows = await getDb().pricePoint.findMany({ where: { tokenId, day: { gte: from }, marketCapUsd: { not: null } }, orderBy: { day: "asc" }, select: { day: true, marketCapUsd: true } });
  return rows.flatMap((row) => (row.marketCapUsd === null ? [] : [{ day: row.day, value: row.marketCapUsd }]));
}

/** Daily (one-day) "total" burn rows of a token from `from` on, oldest first; weekly rows are left out. */
export async function getDailyBurnTotalsFrom(tokenId: number, from: string) {
  const rows = await getDb().burn.findMany({ where: { tokenId, kind: "total", periodDays: 1, day: { gte: from } }, orderBy: { day: "asc" }, select: { day: true, amount: true } });
  return rows.map((row) => ({ day: row.day, value: Number(row.amount) }));
}

/** The last day with a daily "total" burn row, or null. */
export async function findLastDailyBurnDay(tokenId: number) {
  const row = await getDb().burn.findFirst({ where: { tokenId, kind: "total", periodDays: 1 }, orderBy: { day: "desc" }, select: { day: true } });
  return row?.day ?? null;
}
