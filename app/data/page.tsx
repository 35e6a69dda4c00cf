import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { listDataPageSeries, listRecentIngestRuns, type SeriesRunSummary } from "@/lib/coverage/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Data sources",
  description: "Every series in the Burnwatch store: its source, the days it covers and lacks, and how its last import went.",
};

function formatTime(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";
}

const statusTone: Record<string, string> = { succeeded: "text-emerald-700 dark:text-emerald-400", failed: "text-red-700 dark:text-red-400", interrupted: "text-amber-700 dark:text-amber-400", running: "text-sky-700 dark:text-sky-400" };

function RunOutcome({ run }: { run: SeriesRunSummary | null }) {
  if (!run) return <span className="text-muted">never</span>;
  return (
    <div data-testid="last-run" data-status={run.status} data-source={run.source}>
      <span className={`font-medium ${statusTone[run.status] ?? ""}`}>{run.status}</span> <span className="text-muted">· {run.source} #{run.runId}</span>
      <div className="text-xs text-muted tabular-nums">{formatTime(run.finishedAt ?? run.startedAt)}</div>
      <div className="text-xs text-muted tabular-nums">
        +{run.added} added, {run.updated} updated, {run.unchanged} unchanged{run.gapsLeft !== null ? `, ${run.gapsLeft} gaps left` : ""}
      </div>
      {run.error ? <div className="max-w-xs truncate text-xs text-red-700 dark:text-red-400" title={run.error}>{run.error.split("\n")[0]}</div> : null}
    </div>
  );
}

export default async function DataPage() {
  const [series, runs] = await Promise.all([listDataPageSeries(), listRecentIngestRuns()]);
  return (
    <>
      <PageHeading
        title="Data sources"
        lead="Every series in the store: where it comes from (repository, file and commit, or the live provider), the days it covers, the days it lacks, and how its last import went."
      />
      <div className="overflow-x-auto rounded-lg border border-border bg-card">
        <table className="w-full min-w-[64rem] text-left text-sm" data-testid="coverage-table">
          <thead className="border-b border-border text-muted">
            <tr>
              {["Token", "Series", "Source", "Trust", "First day", "Last day", "Rows", "Missing days", "Last run of the series"].map((heading) => (
                <th key={heading} scope="col" className="px-3 py-2 font-medium">{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((row) => (
              <tr key={`${row.token}-${row.series}-${row.sourceKey}`} className="border-b border-border align-top last:border-0" data-series={row.seriesKey}>
                <td className="px-3 py-2 font-medium">{row.token}</td>
                <td className="px-3 py-2">{row.series}</td>
                <td className="px-3 py-2">
                  {row.sourceName}
                  {row.repository ? <div className="text-xs text-muted">{row.repository} · {row.path}{row.commit ? ` · ${row.commit}` : ""}</div> : null}
                  {!row.repository && row.lastImportedAt ? <div className="text-xs text-muted">{row.sourceKey}</div> : null}
                </td>
                <td className="px-3 py-2">{row.trust}</td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{row.firstDay || "—"}</td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{row.lastDay || "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.rows}</td>
                <td className="px-3 py-2 tabular-nums" data-testid="missing-days">
                  {row.missingDays === null ? (
                    <span className="text-muted">events, not daily</span>
                  ) : (
                    <>
                      {row.missingDays}
                      {row.missingRanges.slice(0, 2).map((range) => (
                        <div key={range.from} className="whitespace-nowrap text-xs text-muted">{range.from === range.to ? range.from : `${range.from} to ${range.to}`}</div>
                      ))}
                      {row.missingRanges.length > 2 ? <div className="text-xs text-muted">and {row.missingRanges.length - 2} more gaps</div> : null}
                    </>
                  )}
                </td>
                <td className="px-3 py-2">
                  <RunOutcome run={row.lastRun} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-8 mb-2 text-lg font-semibold">Recent ingest runs</h2>
      <div className="overflow-x-auto rounded-lg border border-border bg-card">
        <table className="w-full min-w-[48rem] text-left text-sm" data-testid="ingest-runs-table">
          <thead className="border-b border-border text-muted">
            <tr>
              {["Run", "Source", "Outcome", "Started", "Finished", "Added", "Updated", "Unchanged", "Error"].map((heading) => (
                <th key={heading} scope="col" className="px-3 py-2 font-medium">{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className="border-b border-border align-top last:border-0">
                <td className="px-3 py-2 tabular-nums">#{run.id}</td>
                <td className="px-3 py-2">{run.source}</td>
                <td className={`px-3 py-2 font-medium ${statusTone[run.status] ?? ""}`}>{run.status}</td>
                <td className="px-3 py-2 tabular-nums text-muted">{formatTime(run.startedAt)}</td>
                <td className="px-3 py-2 tabular-nums text-muted">{formatTime(run.finishedAt)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{run.added}</td>
                <td className="px-3 py-2 text-right tabular-nums">{run.updated}</td>
                <td className="px-3 py-2 text-right tabular-nums">{run.unchanged}</td>
                <td className="max-w-sm px-3 py-2 text-xs text-red-700 dark:text-red-400" title={run.error ?? undefined}>
                  <span className="line-clamp-2">{run.error ?? ""}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
