type SourceFields = { key: string; name: string; repository: string | null; path: string | null; commit: string | null };

/** The distinct sources behind a set of rows, as every data answer names them. */
export function distinctSources(rows: { source: SourceFields }[]): SourceFields[] {
  return [...new Map(rows.map((row) => [row.source.key, row.source])).values()];
}
