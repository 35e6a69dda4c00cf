import "server-only";
import { getDb } from "@/lib/db";

const sourceFields = { key: true, name: true, repository: true, path: true, commit: true } as const;

export async function getSupplyRows(tokenId: number, from?: string, to?: string) {
  return getDb().supplyPoint.findMany({
    where: { tokenId, day: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } },
    orderBy: { day: "asc" },
    select: { day: true, total: true, circulating: true, source: { select: sourceFields } },
  });
}

export async function findLatestSupply(tokenId: number) {
  return getDb().supplyPoint.findFirst({ where: { tokenId }, orderBy: { day: "desc" }, select: { day: true, total: true, circulating: true, source: { select: sourceFields } } });
}

/** The first and the latest supply row of a token (for a change over the whole stored history, without reading it all). */
export async function findSupplyEnds(tokenId: number) {
  const select = { day: true, total: true, circulating: true } as const;
  const [first, last] = await Promise.all([
    getDb().supplyPoint.findFirst({ where: { tokenId }, orderBy: { day: "asc" }, select }),
    getDb().supplyPoint.findFirst({ where: { tokenId }, orderBy: { day: "desc" }, select }),
  ]);
  return first && last ? [first, last] : [];
}
