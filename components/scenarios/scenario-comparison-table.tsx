"use client";

import { formatLargeNumber, formatPercent, formatPriceUsd, formatUsdAmount } from "@/lib/scenarios/format-scenario-numbers";
import type { PageRun } from "./run-page-scenario";
import { scenarioColors, scenarioLabel } from "./scenario-colors";
import type { ScenarioState } from "./scenario-state";

type Props = { scenarios: ScenarioState[]; runs: PageRun[]; symbol: string; active: number };

function describeMarketCap(state: ScenarioState): string {
  return state.marketCapMode === "growing" ? `${formatUsdAmount(state.marketCap)}, ${state.growthPct}% a year` : `${formatUsdAmount(state.marketCap)}, constant`;
}

/** The scenarios side by side: what each assumes and where each ends. */
export function ScenarioComparisonTable({ scenarios, runs, symbol, active }: Props) {
  const rows: { label: string; cell: (state: ScenarioState, run: PageRun) => string }[] = [
    { label: `Starting supply (${symbol})`, cell: (state) => formatLargeNumber(state.supply) },
    { label: `Fixed daily burn (${symbol} a day)`, cell: (state) => formatLargeNumber(state.dailyBurn) },
    { label: "Proportional burn (a year)", cell: (state) => `${state.proportionalPct}%` },
    { label: "Burn tax on daily volume", cell: (state) => `${state.taxPct}% of ${formatLargeNumber(state.dailyVolume)} ${symbol}` },
    { label: "Exchange batch", cell: (state) => (state.batchAmount > 0 ? `${formatLargeNumber(state.batchAmount)} ${symbol} every ${state.batchEveryDays} days` : "none") },
    { label: "Market cap (USD)", cell: describeMarketCap },
    { label: "Horizon", cell: (state, run) => `${state.years} years${run.ok ? `, to ${run.endDay}` : ""}` },
    { label: `Supply at the end (${symbol})`, cell: (_, run) => (run.ok ? formatLargeNumber(run.result.path.at(-1)?.supply ?? run.input.startingSupply) : "—") },
    { label: "Burned, of the starting supply", cell: (state, run) => (run.ok ? formatPercent((run.result.path.at(-1)?.cumulativeBurned ?? 0) / state.supply) : "—") },
    {
      label: "Price at the end",
      cell: (_, run) => {
        if (!run.ok) return "—";
        const price = run.result.path.at(-1)?.priceUsd;
        return price === null || price === undefined ? "no finite price" : formatPriceUsd(price);
      },
    },
    {
      label: "Daily burn to reach the target price by the end",
      cell: (state, run) => {
        if (!run.ok) return "—";
        const needed = run.needed;
        if (needed.status === "impossible") return "out of reach";
        return needed.status === "alreadyThere" ? `none needed (${formatPriceUsd(state.targetPrice)})` : `${formatLargeNumber(needed.dailyBurn)} ${symbol} a day (${formatPriceUsd(state.targetPrice)})`;
      },
    },
  ];
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[32rem] text-sm" data-testid="scenario-comparison">
        <caption className="px-3 pt-3 text-left text-sm font-medium">The scenarios side by side</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="p-2 text-left font-medium text-muted">
              &nbsp;
            </th>
            {scenarios.map((_, index) => (
              <th key={index} scope="col" className={`p-2 text-right font-medium ${index === active ? "underline" : ""}`} data-testid={`comparison-head-${index + 1}`}>
                <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-full" style={{ background: scenarioColors[index] }} />
                {scenarioLabel(index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-border last:border-0">
              <th scope="row" className="p-2 text-left font-normal text-muted">
                {row.label}
              </th>
              {scenarios.map((state, index) => (
                <td key={index} className="p-2 text-right tabular-nums">
                  {row.cell(state, runs[index]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
