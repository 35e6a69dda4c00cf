import "server-only";
import type { Db } from "@/lib/db";

export type RowCounts = { added: number; updated: number; unchanged: number };

export function addCounts(a: RowCounts, b: RowCounts): RowCounts {
  return { added: a.added + b.added, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}

export const zeroCounts: RowCounts = { added: 0, updated: 0, unchanged: 0 };

/** Runs an import inside an IngestRun row: "running" while it works, then "succeeded" with its counts, or "failed" with the reason. */
export async function recordIngestRun<T extends { counts: RowCounts; details?: unknown }>(
  db: Db,
  source: string,
  work: (runId: number) => Promise<T>,
): Promise<T & { runId: number }> {
  const run = await db.ingestRun.create({ data: { source, status: "running" } });
  try {
    const result = await work(run.id);
    await db.ingestRun.update({
      where: { id: run.id },
      data: { status: "succeeded", finishedAt: new Date(), ...result.counts, details: result.details === undefined ? null : JSON.stringify(result.details) },
    });
    return { ...result, runId: run.id };
  } catch (error) {
    await db.ingestRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date(), error: (error as Error).message.slice(0, 2000) } });
    throw error;
  }
}
