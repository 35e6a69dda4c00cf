import { formatCompactAmount, formatExactAmount } from "@/lib/format/numbers";

type Batch = { day: string; amount: string; runningTotal: string; note: string | null; source: { name: string; trust: string; repository: string | null } };

/** Exchange batches as reported, each with its note, under the trust the source is given: they are claims, not chain data. */
export function ExchangeBatches({ batches }: { batches: Batch[] }) {
  if (batches.length === 0) return null;
  const sources = [...new Map(batches.map((batch) => [batch.source.name, batch.source])).values()];
  return (
    <details className="mt-4 rounded-lg border border-border bg-card p-3 text-sm" data-testid="exchange-batches">
      <summary className="cursor-pointer font-medium">
        Reported exchange batches ({batches.length}), trust: {sources.map((source) => source.trust).join(", ")}
      </summary>
      <p className="mt-2 text-muted">
        {sources.map((source) => `${source.name}${source.repository ? ` (${source.repository})` : ""}`).join("; ")}: figures as the exchange or the tracker reported them, with their
        own notes. They are part of all burns and are not added to it.
      </p>
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="w-full min-w-[28rem] text-left tabular-nums">
          <caption className="sr-only">Reported exchange burn batches with their notes</caption>
          <thead className="sticky top-0 bg-card text-muted">
            <tr>
              <th scope="col" className="px-2 py-1 font-medium">Day</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">LUNC</th>
              <th scope="col" className="px-2 py-1 font-medium">Note</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => (
              <tr key={batch.day} className="border-t border-border">
                <th scope="row" className="px-2 py-1 font-normal">{batch.day}</th>
                <td className="px-2 py-1 text-right" title={formatExactAmount(batch.amount)}>{formatCompactAmount(batch.amount)}</td>
                <td className="px-2 py-1">{batch.note ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
