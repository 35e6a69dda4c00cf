import type { SeriesOutcome } from "./live-ingest-run";

const headings = ["series", "source", "added", "updated", "unchanged", "gaps left", "outcome"] as const;

/** The end-of-run table: one row per series, numbers right-aligned, then each series' notes and errors. */
export function formatSummaryTable(outcomes: readonly SeriesOutcome[], dryRun = false): string {
  const rows = outcomes.map((outcome) => [
    outcome.series,
    outcome.source,
    String(outcome.counts.added),
    String(outcome.counts.updated),
    String(outcome.counts.unchanged),
    String(outcome.gapsLeft),
    outcome.status,
  ]);
  const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map((row) => row[column]!.length)));
  const numeric = (column: number) => column >= 2 && column <= 5;
  const line = (cells: readonly string[]) => cells.map((cell, column) => (numeric(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join("  ").trimEnd();
  const out = [line(headings), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)];
  for (const outcome of outcomes) {
    for (const note of outcome.notes) out.push(`note  ${outcome.series}: ${note}`);
    for (const error of outcome.errors) out.push(`error ${outcome.series}: ${error}`);
  }
  if (dryRun) out.push("Dry run: nothing was written; the counts are what a real run would do.");
  return out.join("\n");
}
