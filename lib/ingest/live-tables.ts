import "server-only";
import type { Db } from "@/lib/db";
import type { SnapshotBurnPoint, SnapshotPricePoint, SnapshotSupplyPoint } from "@/lib/snapshot/snapshot-format";
import { planLiveUpsert, type FieldChange } from "./plan-live-upsert";
import type { RowCounts } from "./ingest-run";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Provenance = { tokenId: number; sourceId: number; ingestRunId: number | null };

/** The store's three series tables, each behind the same three steps: read the days, plan, write the plan. */
export type ReadingPoint = { day: string; value: string };

export type LivePoints =
  | { table: "prices"; points: SnapshotPricePoint[] }
  | { table: "supply"; points: SnapshotSupplyPoint[] }
  | { table: "burns"; kind: string; points: SnapshotBurnPoint[] }
  | { table: "readings"; key: string; points: ReadingPoint[] };

export type ChunkWriteResult = { counts: RowCounts; changes: FieldChange[]; keptFromOtherSource: number };

const priceFields = ["priceUsd", "marketCapUsd", "volumeUsd"] as const;
const supplyFields = ["total", "circulating"] as const;
const burnFields = ["amount", "runningTotal", "periodDays", "note"] as const;
const readingFields = ["value"] as const;

// A day kept from another source counts as unchanged: the store already holds a figure for it and keeps it.
function countsOf(plan: { toCreate: unknown[]; toUpdate: unknown[]; unchanged: number; keptFromOtherSource: number }): RowCounts {
  return { added: plan.toCreate.length, updated: plan.toUpdate.length, unchanged: plan.unchanged + plan.keptFromOtherSource };
}

/**
 * Plans one chunk against the store and, unless `write` is false (a dry run), writes it with the given client: inside
 * the caller's transaction, so a chunk lands whole or not at all.
 */
export async function upsertLivePoints(tx: Tx, input: LivePoints, provenance: Provenance, write: boolean): Promise<ChunkWriteResult> {
  const days = input.points.map((point) => point.day);
  const { tokenId, sourceId } = provenance;
  const importedAt = new Date();
  switch (input.table) {
    case "prices": {
      const existing = await tx.pricePoint.findMany({ where: { tokenId, day: { in: days } } });
      const plan = planLiveUpsert(input.points, existing, sourceId, priceFields);
      if (write) {
        if (plan.toCreate.length > 0) await tx.pricePoint.createMany({ data: plan.toCreate.map((point) => ({ ...point, ...provenance, importedAt })) });
        for (const { id, point } of plan.toUpdate) await tx.pricePoint.update({ where: { id }, data: { ...point, ingestRunId: provenance.ingestRunId, importedAt } });
      }
      return { counts: countsOf(plan), changes: plan.toUpdate.flatMap((update) => update.changes), keptFromOtherSource: plan.keptFromOtherSource };
    }
    case "supply": {
      const existing = await tx.supplyPoint.findMany({ where: { tokenId, day: { in: days } } });
      const plan = planLiveUpsert(input.points, existing, sourceId, supplyFields);
      if (write) {
        if (plan.toCreate.length > 0) await tx.supplyPoint.createMany({ data: plan.toCreate.map((point) => ({ ...point, ...provenance, importedAt })) });
        for (const { id, point } of plan.toUpdate) await tx.supplyPoint.update({ where: { id }, data: { ...point, ingestRunId: provenance.ingestRunId, importedAt } });
      }
      return { counts: countsOf(plan), changes: plan.toUpdate.flatMap((update) => update.changes), keptFromOtherSource: plan.keptFromOtherSource };
    }
    case "burns": {
      const existing = await tx.burn.findMany({ where: { tokenId, kind: input.kind, day: { in: days } } });
      const plan = planLiveUpsert(input.points, existing, sourceId, burnFields);
      if (write) {
        if (plan.toCreate.length > 0) await tx.burn.createMany({ data: plan.toCreate.map((point) => ({ ...point, ...provenance, importedAt })) });
        for (const { id, point } of plan.toUpdate) await tx.burn.update({ where: { id }, data: { ...point, ingestRunId: provenance.ingestRunId, importedAt } });
      }
      return { counts: countsOf(plan), changes: plan.toUpdate.flatMap((update) => update.changes), keptFromOtherSource: plan.keptFromOtherSource };
    }
    case "readings": {
      const existing = await tx.chainReading.findMany({ where: { tokenId, key: input.key, day: { in: days } } });
      const plan = planLiveUpsert(input.points, existing, sourceId, readingFields);
      if (write) {
        if (plan.toCreate.length > 0) await tx.chainReading.createMany({ data: plan.toCreate.map((point) => ({ ...point, key: input.key, ...provenance, importedAt })) });
        for (const { id, point } of plan.toUpdate) await tx.chainReading.update({ where: { id }, data: { ...point, ingestRunId: provenance.ingestRunId, importedAt } });
      }
      return { counts: countsOf(plan), changes: plan.toUpdate.flatMap((update) => update.changes), keptFromOtherSource: plan.keptFromOtherSource };
    }
  }
}

/** The days a series holds in [from, to], whatever their source: what "missing" is measured against. */
/** `kind` is the burn kind for burns and the reading's key for readings. */
export async function listStoredDays(db: Db, table: LivePoints["table"], tokenId: number, from: string, to: string, kind?: string): Promise<string[]> {
  const where = { tokenId, day: { gte: from, lte: to } };
  const select = { day: true } as const;
  const rows =
    table === "prices"
      ? await db.pricePoint.findMany({ where, select })
      : table === "supply"
        ? await db.supplyPoint.findMany({ where, select })
        : table === "readings"
          ? await db.chainReading.findMany({ where: { ...where, key: kind ?? "" }, select })
          : await db.burn.findMany({ where: { ...where, kind: kind ?? "total" }, select });
  return rows.map((row) => row.day);
}
