import "server-only";
import type { Db } from "@/lib/db";
import type { SnapshotBurnPoint, SnapshotPricePoint, SnapshotSupplyPoint } from "@/lib/snapshot/snapshot-format";
import type { RowCounts } from "./ingest-run";

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

async function createInChunks<T>(items: T[], create: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += createChunkSize) await create(items.slice(start, start + createChunkSize));
}

export async function upsertPricePoints(db: Db, points: SnapshotPricePoint[], provenance: Provenance): Promise<RowCounts> {
  return db.$transaction(async (tx: Tx) => {
    const existing = await tx.pricePoint.findMany({ where: { tokenId: provenance.tokenId, day: { in: points.map((point) => point.day) } } });
    const plan = classifyPoints(points, existing, provenance.sourceId, (point, row) =>
      point.priceUsd === row.priceUsd && point.marketCapUsd === row.marketCapUsd && point.volumeUsd === row.volumeUsd,
    );
    await createInChunks(plan.toCreate, (chunk) => tx.pricePoint.createMany({ data: chunk.map((point) => ({ ...point, ...provenance })) }));
    for (const { point, row } of plan.toUpdate) {
      await tx.pricePoint.update({ where: { id: row.id }, data: { ...point, sourceId: provenance.sourceId, ingestRunId: provenance.ingestRunId, importedAt: new Date() } });
    }
    return { added: plan.toCreate.length, updated: plan.toUpdate.length, unchanged: plan.unchanged };
  }, transactionOptions);
}

export async function upsertSupplyPoints(db: Db, points: SnapshotSupplyPoint[], provenance: Provenance): Promise<RowCounts> {
  return db.$transaction(async (tx: Tx) => {
    const existing = await tx.supplyPoint.findMany({ where: { tokenId: provenance.tokenId, day: { in: points.map((point) => point.day) } } });
    const plan = classifyPoints(points, existing, provenance.sourceId, (point, row) => point.total === row.total && point.circulating === row.circulating);
    await createInChunks(plan.toCreate, (chunk) => tx.supplyPoint.createMany({ data: chunk.map((point) => ({ ...point, ...provenance })) }));
    for (const { point, row } of plan.toUpdate) {
      await tx.supplyPoint.update({ where: { id: row.id }, data: { ...point, sourceId: provenance.sourceId, ingestRunId: provenance.ingestRunId, importedAt: new Date() } });
    }
    return { added: plan.toCreate.length, updated: plan.toUpdate.length, unchanged: plan.unchanged };
  }, transactionOptions);
}

export async function upsertBurns(db: Db, points: SnapshotBurnPoint[], provenance: Provenance): Promise<RowCounts> {
  const kinds = [...new Set(points.map((point) => point.kind))];
  return db.$transaction(async (tx: Tx) => {
    const existing = await tx.burn.findMany({ where: { tokenId: provenance.tokenId, kind: { in: kinds }, day: { in: points.map((point) => point.day) } } });
    const byKind = (kind: string) => existing.filter((row) => row.kind === kind);
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (const kind of kinds) {
      const plan = classifyPoints(points.filter((point) => point.kind === kind), byKind(kind), provenance.sourceId, (point, row) =>
        point.amount === row.amount && point.runningTotal === row.runningTotal && point.periodDays === row.periodDays && point.note === row.note,
      );
      await createInChunks(plan.toCreate, (chunk) => tx.burn.createMany({ data: chunk.map((point) => ({ ...point, ...provenance })) }));
      for (const { point, row } of plan.toUpdate) {
        await tx.burn.update({ where: { id: row.id }, data: { ...point, sourceId: provenance.sourceId, ingestRunId: provenance.ingestRunId, importedAt: new Date() } });
      }
      counts.added += plan.toCreate.length;
      counts.updated += plan.toUpdate.length;
      counts.unchanged += plan.unchanged;
    }
    return counts;
  }, transactionOptions);
}
