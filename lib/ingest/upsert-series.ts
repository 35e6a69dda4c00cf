import "server-only";
import type { Db } from "@/lib/db";
import type { SnapshotBurnPoint, SnapshotPricePoint, SnapshotSupplyPoint } from "@/lib/snapshot/snapshot-format";
import { addCounts, type RowCounts } from "./ingest-run";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Provenance = { tokenId: number; sourceId: number; ingestRunId: number };

const createChunkSize = 500;
// Long series (BTC has over 3,000 days) are written in one transaction each, so a failure leaves none half-written.
const transactionOptions = { timeout: 120_000, maxWait: 30_000 };

/**
 * Splits points into new ones, changed ones and unchanged ones against what is stored under the same key.
 * A point counts as changed when a value or its source differs.
 */
export function classifyPoints<P extends { day: string }, R extends { day: string; sourceId: number }>(
  points: P[],
  existing: R[],
  sourceId: number,
  sameValues: (point: P, row: R) => boolean,
): { toCreate: P[]; toUpdate: { point: P; row: R }[]; unchanged: number } {
  const byDay = new Map(existing.map((row) => [row.day, row]));
  const toCreate: P[] = [];
  const toUpdate: { point: P; row: R }[] = [];
  let unchanged = 0;
  for (const point of points) {
    const row = byDay.get(point.day);
    if (!row) toCreate.push(point);
    else if (row.sourceId !== sourceId || !sameValues(point, row)) toUpdate.push({ point, row });
    else unchanged++;
  }
  return { toCreate, toUpdate, unchanged };
}

type Plan<P> = { toCreate: P[]; toUpdate: { point: P; row: { id: number } }[]; unchanged: number };

/** Writes a plan: new points in chunks, changed ones one by one with their new source, run and import time. */
async function applyPlan<P>(
  plan: Plan<P>,
  createMany: (chunk: P[]) => Promise<unknown>,
  update: (id: number, point: P, importedAt: Date) => Promise<unknown>,
): Promise<RowCounts> {
  for (let start = 0; start < plan.toCreate.length; start += createChunkSize) await createMany(plan.toCreate.slice(start, start + createChunkSize));
  for (const { point, row } of plan.toUpdate) await update(row.id, point, new Date());
  return { added: plan.toCreate.length, updated: plan.toUpdate.length, unchanged: plan.unchanged };
}

export async function upsertPricePoints(db: Db, points: SnapshotPricePoint[], provenance: Provenance): Promise<RowCounts> {
  return db.$transaction(async (tx: Tx) => {
    const existing = await tx.pricePoint.findMany({ where: { tokenId: provenance.tokenId, day: { in: points.map((point) => point.day) } } });
    const plan = classifyPoints(points, existing, provenance.sourceId, (point, row) =>
      point.priceUsd === row.priceUsd && point.marketCapUsd === row.marketCapUsd && point.volumeUsd === row.volumeUsd,
    );
    return applyPlan(
      plan,
      (chunk) => tx.pricePoint.createMany({ data: chunk.map((point) => ({ ...point, ...provenance })) }),
      (id, point, importedAt) => tx.pricePoint.update({ where: { id }, data: { ...point, ...provenance, importedAt } }),
    );
  }, transactionOptions);
}

export async function upsertSupplyPoints(db: Db, points: SnapshotSupplyPoint[], provenance: Provenance): Promise<RowCounts> {
  return db.$transaction(async (tx: Tx) => {
    const existing = await tx.supplyPoint.findMany({ where: { tokenId: provenance.tokenId, day: { in: points.map((point) => point.day) } } });
    const plan = classifyPoints(points, existing, provenance.sourceId, (point, row) => point.total === row.total && point.circulating === row.circulating);
    return applyPlan(
      plan,
      (chunk) => tx.supplyPoint.createMany({ data: chunk.map((point) => ({ ...point, ...provenance })) }),
      (id, point, importedAt) => tx.supplyPoint.update({ where: { id }, data: { ...point, ...provenance, importedAt } }),
    );
  }, transactionOptions);
}

export async function upsertBurns(db: Db, points: SnapshotBurnPoint[], provenance: Provenance): Promise<RowCounts> {
  const kinds = [...new Set(points.map((point) => point.kind))];
  return db.$transaction(async (tx: Tx) => {
    const existing = await tx.burn.findMany({ where: { tokenId: provenance.tokenId, kind: { in: kinds }, day: { in: points.map((point) => point.day) } } });
    let counts: RowCounts = { added: 0, updated: 0, unchanged: 0 };
    for (const kind of kinds) {
      const plan = classifyPoints(points.filter((point) => point.kind === kind), existing.filter((row) => row.kind === kind), provenance.sourceId, (point, row) =>
        point.amount === row.amount && point.runningTotal === row.runningTotal && point.periodDays === row.periodDays && point.note === row.note,
      );
      const kindCounts = await applyPlan(
        plan,
        (chunk) => tx.burn.createMany({ data: chunk.map((point) => ({ ...point, ...provenance })) }),
        (id, point, importedAt) => tx.burn.update({ where: { id }, data: { ...point, ...provenance, importedAt } }),
      );
      counts = addCounts(counts, kindCounts);
    }
    return counts;
  }, transactionOptions);
}
