/** A CSV cell: quoted only when it must be. Numbers keep every digit the chart holds (JavaScript's shortest exact form). */
function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Exactly the rows the chart draws, in its order: one column per line. An empty cell is a day the chart draws as a
 * break (no data), never a zero.
 */
export function toChartCsv(columns: { key: string; header: string }[], rows: Record<string, string | number | null>[]): string {
  const lines = [["date", ...columns.map((column) => column.header)].map(cell).join(",")];
  for (const row of rows) lines.push([row.day ?? null, ...columns.map((column) => row[column.key] ?? null)].map(cell).join(","));
  return `${lines.join("\n")}\n`;
}
