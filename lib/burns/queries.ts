import "server-only";
import { getDb } from "@/lib/db";
import { burnKinds, type BurnKind } from "./burn-kinds";

export type BurnKindSummary = { kind: BurnKind; rows: number; firstDay: string | null; lastDay: string | null; runningTotal: string | null; periodsOfWeeks: number };

/** For one burn kind of a token: how many rows, over which days, and the running total at its last row. */
export async function summarizeBurnKind(tokenId: number, kind: BurnKind): Promise<BurnKindSummary> {
  const db = getDb();
  const [first, last, rows, periodsOfWeeks] = await Promise.all([
    db.burn.findFirst({ where: { tokenId, kind }, orderBy: { day: "asc" }, select: { day: true } }),
    db.burn.findFirst({ where: { tokenId, kind }, orderBy: { day: "desc" }, select: { day: true, periodDays: true, runningTotal: true } }),
    db.burn.count({ where: { tokenId, kind } }),
    db.burn.count({ where: { tokenId, kind, periodDays: 7 } }),
  ]);
  return { kind, rows, firstDay: first?.day ?? null, lastDay: last?.day ?? null, runningTotal: last?.runningTotal ?? null, periodsOfWeeks };
}

/** summarizeBurnKind for every kind. */
export async function summarizeBurnsByKind(tokenId: number): Promise<BurnKindSummary[]> {
  return Promise.all(burnKinds.map((kind) => summarizeBurnKind(tokenId, kind)));
}

const sourceFields = { key: true, name: true, repository: true, path: true, commit: true } as const;

export async function getBurnRows(tokenId: number, kind: BurnKind, from?: string, to?: string) {
  return getDb().burn.findMany({
    where: { tokenId, kind, day: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } },
    orderBy: { day: "asc" },
    select: { day: true, periodDays: true, amount: true, runningTotal: true, note: true, source: { select: sourceFields } },
  });
}

export async function findLatestBurnTotal(tokenId: number) {
  return getDb().burn.findFirst({ where: { tokenId, kind: "total" }, orderBy: { day: "desc" }, select: { day: true, runningTotal: true, source: { select: sourceFields } } });
}

/** Reported exchange batches with their note and their source's trust, oldest first. */
export async function listExchangeBatches(tokenId: number) {
  return getDb().burn.findMany({
    where: { tokenId, kind: "exchange_batch" },
    orderBy: { day: "asc" },
    select: { day: true, amount: true, runningTotal: true, note: true, source: { select: { name: true, trust: true, repository: true } } },
  });
}
