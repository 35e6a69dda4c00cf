import "server-only";
import type { Db } from "@/lib/db";
import { readSnapshotManifest, readSnapshotSeries, snapshotDir } from "@/lib/snapshot/snapshot-files";
import type { SnapshotSeries, SnapshotSource } from "@/lib/snapshot/snapshot-format";
import { addCounts, recordIngestRun, zeroCounts, type RowCounts } from "./ingest-run";
import { upsertBurns, upsertPricePoints, upsertSupplyPoints } from "./upsert-series";
import { upsertTokens } from "./upsert-tokens";

export type SeriesImportResult = { seriesId: string; counts: RowCounts };
export type SnapshotImportResult = { runId: number; counts: RowCounts; series: SeriesImportResult[] };

async function upsertSource(db: Db, source: SnapshotSource): Promise<number> {
  const row = await db.source.upsert({ where: { key: source.key }, create: source, update: source });
  return row.id;
}

async function importSeries(db: Db, series: SnapshotSeries, tokenId: number, sourceId: number, ingestRunId: number): Promise<RowCounts> {
  const provenance = { tokenId, sourceId, ingestRunId };
  switch (series.kind) {
    case "prices":
      return upsertPricePoints(db, series.points, provenance);
    case "supply":
      return upsertSupplyPoints(db, series.points, provenance);
    case "burns":
      return upsertBurns(db, series.points, provenance);
  }
}

/**
 * Loads the bundled snapshot. Every file is read and validated before anything is written, and each series is
 * written in its own transaction; a second run finds every row unchanged and writes none.
 */
export async function importSnapshot(db: Db, options: { dir?: string; onSeries?: (result: SeriesImportResult) => void } = {}): Promise<SnapshotImportResult> {
  const dir = options.dir ?? snapshotDir;
  const manifest = readSnapshotManifest(dir);
  const allSeries = manifest.series.map((entry) => readSnapshotSeries(entry.file, dir));
  return recordIngestRun(db, "snapshot", async (runId) => {
    const tokenIds = await upsertTokens(db);
    let counts = zeroCounts;
    const results: SeriesImportResult[] = [];
    for (const series of allSeries) {
      const tokenId = tokenIds.get(series.token);
      if (tokenId === undefined) throw new Error(`Series ${series.seriesId} is for ${series.token}, which is not in lib/tokens/token-catalog.ts`);
      const sourceId = await upsertSource(db, series.source);
      const seriesCounts = await importSeries(db, series, tokenId, sourceId, runId);
      const result = { seriesId: series.seriesId, counts: seriesCounts };
      results.push(result);
      options.onSeries?.(result);
      counts = addCounts(counts, seriesCounts);
    }
    return { counts, series: results, details: { series: results } };
  });
}
