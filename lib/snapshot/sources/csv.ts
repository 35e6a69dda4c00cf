import { parse } from "csv-parse/sync";

/** Rows of a CSV (or TSV) file with a header row, as records; a leading byte-order mark is dropped. */
export function readCsvRecords(text: string, delimiter: "," | "\t" = ","): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, delimiter, skip_empty_lines: true, trim: true });
}

/** A required column: a file whose header changed fails loudly instead of loading nothing. */
export function requireColumns(records: Record<string, string>[], columns: string[], file: string): void {
  const first = records[0];
  if (!first) throw new Error(`${file}: no rows`);
  const missing = columns.filter((column) => !(column in first));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(", ")}`);
}

/** A number from a cell, or null for the cells that mean "unknown": empty, "null", and (where asked) zero. */
export function readOptionalNumber(cell: string | undefined, zeroMeansUnknown: boolean): number | null {
  if (cell === undefined || cell === "" || cell.toLowerCase() === "null") return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new Error(`Not a number: "${cell}"`);
  if (zeroMeansUnknown && value === 0) return null;
  return value;
}
