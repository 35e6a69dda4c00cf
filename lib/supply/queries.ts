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
