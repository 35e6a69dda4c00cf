import { formatExactAmount } from "@/lib/format/numbers";
import type { PeriodBar } from "./burn-series";

/** The bars as a table for screen readers and for anyone who wants the exact figures. */
export function BarsDataTable({ bars, caption }: { bars: PeriodBar[]; caption: string }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-accent underline-offset-2 hover:underline">Data table ({bars.length} periods)</summary>
      <div className="mt-2 max-h-96 overflow-auto rounded-md border border-border">
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-card text-muted">
            <tr>
              <th scope="col" className="px-2 py-1 font-medium">Period starting</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Burned (LUNC)</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Days reported</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.period} className="border-t border-border">
                <th scope="row" className="px-2 py-1 font-normal">{bar.period}</th>
                <td className="px-2 py-1 text-right">{bar.exact === null ? "no data" : formatExactAmount(bar.exact)}</td>
                <td className="px-2 py-1 text-right">{bar.coveredDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
