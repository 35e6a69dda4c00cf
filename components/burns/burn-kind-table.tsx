import { burnKindLabels } from "@/lib/burns/burn-kinds";
import type { BurnKindSummary } from "@/lib/burns/queries";
import { formatCompactAmount, formatExactAmount } from "@/lib/format/numbers";

/** Each kind's running total with its span; kinds other than `total` are parts of it and are never added to it. */
export function BurnKindTable({ summaries }: { summaries: BurnKindSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="burn-kinds">
        <caption className="sr-only">Burned LUNC by kind, with the days each series covers</caption>
        <thead className="border-b border-border text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Kind</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Burned (LUNC)</th>
            <th scope="col" className="px-3 py-2 font-medium">From</th>
            <th scope="col" className="px-3 py-2 font-medium">To</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Rows</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.kind} className="border-b border-border last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">{burnKindLabels[summary.kind]}</th>
              <td className="px-3 py-2 text-right tabular-nums" title={summary.runningTotal ? formatExactAmount(summary.runningTotal) : undefined}>
                {summary.runningTotal ? formatCompactAmount(summary.runningTotal) : "no data in the store"}
              </td>
              <td className="px-3 py-2 tabular-nums">{summary.firstDay ?? "—"}</td>
              <td className="px-3 py-2 tabular-nums">{summary.lastDay ?? "—"}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {summary.rows}
                {summary.periodsOfWeeks > 0 ? ` (${summary.periodsOfWeeks} weekly)` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
