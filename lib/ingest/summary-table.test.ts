import { describe, expect, it } from "vitest";
import { formatSummaryTable } from "./summary-table";

describe("the ingest summary table", () => {
  it("lines up one row per series and lists notes and errors under it", () => {
    const table = formatSummaryTable([
      { series: "lunc.prices", source: "coingecko/api-v3", status: "succeeded", counts: { added: 5, updated: 0, unchanged: 0 }, changes: 0, chunksDone: 1, chunksTotal: 1, gapsLeft: 0, notes: [], errors: [] },
      { series: "btc.prices", source: "coingecko/api-v3", status: "failed", counts: { added: 120, updated: 2, unchanged: 31 }, changes: 3, chunksDone: 1, chunksTotal: 2, gapsLeft: 90, notes: ["days before 2025-12-05 cannot be fetched"], errors: ["2025-01-01 → 2025-03-31: HTTP 500"] },
    ]);
    expect(table.split("\n")).toEqual([
      "series       source            added  updated  unchanged  gaps left  outcome",
      "-----------  ----------------  -----  -------  ---------  ---------  ---------",
      "lunc.prices  coingecko/api-v3      5        0          0          0  succeeded",
      "btc.prices   coingecko/api-v3    120        2         31         90  failed",
      "note  btc.prices: days before 2025-12-05 cannot be fetched",
      "error btc.prices: 2025-01-01 → 2025-03-31: HTTP 500",
    ]);
  });

  it("says when nothing was written", () => {
    expect(formatSummaryTable([], true)).toContain("Dry run: nothing was written");
  });
});
