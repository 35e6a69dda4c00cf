// Builds the bundled snapshot in prisma/snapshot from ../shared/data: `npm run snapshot:build [-- --from DIR]`.
// The output is deterministic (no timestamps), so rebuilding from the same data changes no file.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "@/lib/db/paths";
import { resolveOverlaps, toSnapshotSeries } from "./assemble-series";
import { notImported, seriesCatalog } from "./series-catalog";
import { SNAPSHOT_SCHEMA_VERSION, snapshotSeriesSchema, type SnapshotManifest } from "./snapshot-format";
import { snapshotDir } from "./snapshot-files";

export function buildSnapshot(dataDir: string): { manifest: SnapshotManifest; files: Map<string, string> } {
  const parsed = seriesCatalog.map((entry) => {
    const filePath = entry.dataFile.startsWith("project:")
      ? path.join(projectRoot, entry.dataFile.slice("project:".length))
      : path.join(dataDir, entry.dataFile);
    const result = entry.parse(readFileSync(filePath, "utf8"), entry.dataFile);
    return { entry, points: result.points, quirksHandled: result.quirksHandled };
  });
  const files = new Map<string, string>();
  const series: SnapshotManifest["series"] = [];
  for (const resolved of resolveOverlaps(parsed)) {
    const snapshot = snapshotSeriesSchema.parse(toSnapshotSeries(resolved));
    const file = `${snapshot.seriesId}.json`;
    const text = `${JSON.stringify(snapshot, null, 1)}\n`;
    files.set(file, text);
    series.push({ file, seriesId: snapshot.seriesId, kind: snapshot.kind, token: snapshot.token, pointCount: snapshot.points.length, sha256: createHash("sha256").update(text).digest("hex") });
  }
  const manifest: SnapshotManifest = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    description: "Burnwatch's bundled snapshot: real public market data normalized from ../shared/data by lib/snapshot/build.ts. Each series file names its source (repository, path, commit), its coverage and the quirks handled.",
    series,
    notImported,
  };
  return { manifest, files };
}

function main(): void {
  const { values } = parseArgs({ options: { from: { type: "string", default: path.join(projectRoot, "..", "shared", "data") } } });
  const dataDir = path.resolve(values.from);
  const { manifest, files } = buildSnapshot(dataDir);
  mkdirSync(snapshotDir, { recursive: true });
  for (const stale of readdirSync(snapshotDir)) if (stale.endsWith(".json")) rmSync(path.join(snapshotDir, stale));
  for (const [file, text] of files) writeFileSync(path.join(snapshotDir, file), text);
  writeFileSync(path.join(snapshotDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const entry of manifest.series) console.log(`${entry.file.padEnd(40)} ${String(entry.pointCount).padStart(6)} points`);
  console.log(`Snapshot written to ${path.relative(projectRoot, snapshotDir)} from ${dataDir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
