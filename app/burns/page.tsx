import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { burnKindLabels } from "@/lib/burns/burn-kinds";
import { summarizeBurnsByKind } from "@/lib/burns/queries";
import { formatCompactAmount, formatExactAmount } from "@/lib/format/numbers";
import { findTokenBySymbol } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "LUNC burns", description: "How much Terra Luna Classic has been burned, by kind, from public burn trackers." };

export default async function BurnsPage() {
  const lunc = await findTokenBySymbol("LUNC");
  const summaries = lunc ? await summarizeBurnsByKind(lunc.id) : [];
  return (
    <>
      <PageHeading
        title="LUNC burns"
        lead="What the store holds of Terra Luna Classic burns, by kind. Kinds other than “All burns” are parts of it reported on their own; they are never added to it. The full burn dashboard with charts is being built."
      />
      <div className="overflow-x-auto rounded-lg border border-border bg-card">
        <table className="w-full min-w-[32rem] text-left text-sm" data-testid="burn-kinds">
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
      <p className="mt-3 text-sm text-muted">
        Totals run from each series’ first day, not from the chain’s start. Weekly figures (the tracker reports one figure a week from 2025-03-24 to
        2026-01-25) are stored once per week, never spread over days.
      </p>
    </>
  );
}
