import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/paths";
import { snapshotManifestSchema, snapshotSeriesSchema, type SnapshotManifest, type SnapshotSeries } from "./snapshot-format";

export const snapshotDir = path.join(projectRoot, "prisma", "snapshot");

export function readSnapshotManifest(dir: string = snapshotDir): SnapshotManifest {
  const file = path.join(dir, "manifest.json");
  const parsed = snapshotManifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}

/** Reads and validates one series file; a file that fails validation is refused whole, so nothing half-read is loaded. */
export function readSnapshotSeries(file: string, dir: string = snapshotDir): SnapshotSeries {
  const fullPath = path.join(dir, file);
  const parsed = snapshotSeriesSchema.safeParse(JSON.parse(readFileSync(fullPath, "utf8")));
  if (!parsed.success) throw new Error(`${fullPath}: ${parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}
