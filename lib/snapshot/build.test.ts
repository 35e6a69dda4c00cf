import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "@/lib/db/paths";
import { buildSnapshot } from "./build";
import { readSnapshotManifest, readSnapshotSeries, snapshotDir } from "./snapshot-files";

const sharedData = process.env.BURNWATCH_SHARED_DATA ?? path.join(projectRoot, "..", "shared", "data");

describe("the committed snapshot", () => {
  it("matches the checksums of its manifest", () => {
    for (const entry of readSnapshotManifest().series) {
      const digest = createHash("sha256").update(readFileSync(path.join(snapshotDir, entry.file))).digest("hex");
      expect(digest, entry.file).toBe(entry.sha256);
    }
  });

  // The source files sit beside the project (as in CI); a clone elsewhere has only the committed snapshot.
  it.runIf(existsSync(sharedData))("is exactly what snapshot:build makes from ../shared/data", () => {
    const { manifest, files } = buildSnapshot(sharedData);
    expect(manifest).toEqual(readSnapshotManifest());
    for (const [file, text] of files) expect(text, file).toBe(readFileSync(path.join(snapshotDir, file), "utf8"));
  });

  it("names a source, coverage and quirks for every series, with missing days stated", () => {
    const manifest = readSnapshotManifest();
    expect(new Set(manifest.series.map((series) => series.token))).toEqual(new Set(["LUNC", "USTC", "BTC", "ETH", "SHIB"]));
    for (const entry of manifest.series) {
      const series = readSnapshotSeries(entry.file);
      expect(series.source.name).not.toBe("");
      expect(series.coverage.pointCount).toBe(series.points.length);
      expect(series.quirksHandled.length).toBeGreaterThan(0);
    }
    const eth = readSnapshotSeries("eth.prices.coingecko-daily.json");
    expect(eth.coverage.missingRanges).toEqual([{ from: "2015-08-09", to: "2015-08-09" }]);
    const lunc = readSnapshotSeries("lunc.prices.coingecko-daily.json");
    expect([lunc.coverage.firstDay, lunc.coverage.lastDay, lunc.coverage.missingDayCount]).toEqual(["2019-05-08", "2023-08-28", 0]);
  });

  it("gives each day of a token's prices and supply one source only", () => {
    const manifest = readSnapshotManifest();
    for (const kind of ["prices", "supply"] as const) {
      for (const token of ["LUNC", "USTC", "BTC", "ETH", "SHIB"]) {
        const days = manifest.series
          .filter((entry) => entry.kind === kind && entry.token === token)
          .flatMap((entry) => readSnapshotSeries(entry.file).points.map((point) => point.day));
        expect(new Set(days).size, `${token} ${kind}`).toBe(days.length);
      }
    }
  });
});
