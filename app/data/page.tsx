import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { listSeriesCoverage } from "@/lib/coverage/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Data sources", description: "Every series in the Burnwatch store: its source, the days it covers and when it was imported." };

export default async function DataPage() {
  const series = await listSeriesCoverage();
  return (
    <>
      <PageHeading title="Data sources" lead="Every series in the store, where it comes from (repository, file and commit), the days it covers and when it was last imported." />
      <div className="overflow-x-auto rounded-lg border border-border bg-card">
        <table className="w-full min-w-[48rem] text-left text-sm" data-testid="coverage-table">
          <thead className="border-b border-border text-muted">
            <tr>
              {["Token", "Series", "Source", "Trust", "First day", "Last day", "Rows", "Imported"].map((heading) => (
                <th key={heading} scope="col" className="px-3 py-2 font-medium">{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((row) => (
              <tr key={`${row.token}-${row.series}-${row.sourceKey}`} className="border-b border-border align-top last:border-0">
                <td className="px-3 py-2 font-medium">{row.token}</td>
                <td className="px-3 py-2">{row.series}</td>
                <td className="px-3 py-2">
                  {row.sourceName}
                  {row.repository ? <div className="text-xs text-muted">{row.repository} · {row.path}{row.commit ? ` · ${row.commit}` : ""}</div> : null}
                </td>
                <td className="px-3 py-2">{row.trust}</td>
                <td className="px-3 py-2 tabular-nums">{row.firstDay}</td>
                <td className="px-3 py-2 tabular-nums">{row.lastDay}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.rows}</td>
                <td className="px-3 py-2 tabular-nums text-muted">{row.lastImportedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
