import "server-only";
import { getDb } from "@/lib/db";

/** Price rows between two days (inclusive, either end open), with their source, oldest first. */
export async function getPriceHistoryBetween(tokenId: number, from: string | undefined, to: string | undefined) {
  return getDb().pricePoint.findMany({
    where: { tokenId, day: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } },
    orderBy: { day: "asc" },
    select: { day: true, priceUsd: true, marketCapUsd: true, volumeUsd: true, source: { select: { key: true, name: true, repository: true, path: true, commit: true } } },
  });
}

/** The latest `count` price rows of a token, newest first. */
export async function getLatestPrices(tokenId: number, count: number) {
  return getDb().pricePoint.findMany({ where: { tokenId }, orderBy: { day: "desc" }, take: count, select: { day: true, priceUsd: true, marketCapUsd: true, volumeUsd: true } });
}

export async function findPriceOnDay(tokenId: number, day: string) {
  return getDb().pricePoint.findUnique({ where: { tokenId_day: { tokenId, day } }, select: { day: true, priceUsd: true, marketCapUsd: true, volumeUsd: true } });
}
