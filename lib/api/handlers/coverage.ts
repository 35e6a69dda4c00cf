import "server-only";
import { listSeriesCoverage } from "@/lib/coverage/queries";
import { cachedJson } from "../cached-response";
import type { CoverageResponse } from "../contract/token-operations";
import type { ApiHandler } from "../with-api-key";

/** Every stored series: its source, first and last day, rows and last import. */
export const getCoverage: ApiHandler<Record<string, never>> = async ({ request }) => {
  const series = await listSeriesCoverage();
  const body: CoverageResponse = {
    data: series.map((row) => ({
      token: row.token,
      series: row.series,
      source: { key: row.sourceKey, name: row.sourceName, repository: row.repository, path: row.path, commit: row.commit, trust: row.trust },
      first_day: row.firstDay,
      last_day: row.lastDay,
      rows: row.rows,
      last_import: row.lastImportedAt.toISOString(),
    })),
  };
  return cachedJson(request, body);
};
