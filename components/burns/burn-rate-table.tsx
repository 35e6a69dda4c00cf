import { formatCompactAmount } from "@/lib/format/numbers";
import type { YearBurn } from "./burn-rate";

const percent = (share: number) => `${(share * 100).toLocaleString("en-US", { maximumFractionDigits: 3 })} %`;

/** Each year's burn, scaled to a whole year where the reports cover only part of it, as a share of the stored supply. */
export function BurnRateTable({ years, recent, supply }: { years: YearBurn[]; recent: { label: string; perYear: number; coveredDays: number }[]; supply: { amount: number; day: string; kind: string } | null }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[30rem] text-left text-sm" data-testid="burn-rate">
        <caption className="sr-only">Burn rate per year and as a share of the supply</caption>
        <thead className="border-b border-border text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Period</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Days reported</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Burned a year (LUNC)</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Share of supply a year</th>
          </tr>
        </thead>
        <tbody>
          {[...recent.map((entry) => ({ key: entry.label, label: entry.label, days: entry.coveredDays, perYear: entry.perYear })), ...years.map((year) => ({ key: year.year, label: year.year, days: year.coveredDays, perYear: year.perYear }))].map((row) => (
            <tr key={row.key} className="border-b border-border last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">{row.label}</th>
              <td className="px-3 py-2 text-right tabular-nums">{row.days}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCompactAmount(row.perYear)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{supply ? percent(row.perYear / supply.amount) : "no supply stored"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
