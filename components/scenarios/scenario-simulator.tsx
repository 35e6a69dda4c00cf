"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { formatLargeNumber, formatPriceUsd, formatUsdAmount } from "@/lib/scenarios/format-scenario-numbers";
import type { ScenarioPresets } from "@/lib/scenarios/presets";
import { summarizeScenario } from "@/lib/scenarios/summarize-scenario";
import { toBandsCsv } from "./bands-csv";
import { MonteCarloPanel } from "./monte-carlo-panel";
import { runPageScenario, type ChartPoint, type PageRun } from "./run-page-scenario";
import { ScenarioChart } from "./scenario-charts";
import { scenarioColors, scenarioLabel } from "./scenario-colors";
import { ScenarioComparisonTable } from "./scenario-comparison-table";
import { ScenarioInputs } from "./scenario-inputs";
import { addScenario, duplicateScenario, parseScenarioSetQuery, removeScenario, toScenarioSetQuery, updateActiveScenario, type MonteCarloUiState, type ScenarioSetState } from "./scenario-set-state";
import { toSupplyCsv, type ScenarioState } from "./scenario-state";
import { ScenarioTabs } from "./scenario-tabs";
import { StorePresetsPanel } from "./store-presets-panel";
import { useMonteCarloBands } from "./use-monte-carlo-bands";

type Props = {
  presets: ScenarioPresets;
  /** Day 0 of every scenario: today, as the server saw it, so server and browser render the same thing. */
  startDay: string;
};

function buildDefaults(presets: ScenarioPresets): ScenarioState {
  return {
    supply: presets.supply?.value ?? 6.8e12,
    dailyBurn: Math.round(presets.burnRates["30"]?.value ?? 0),
    proportionalPct: 0,
    taxPct: 0,
    dailyVolume: 1e10,
    batchAmount: 0,
    batchEveryDays: presets.exchangeBatch?.everyDays ?? 30,
    marketCapMode: "constant",
    marketCap: Math.round(presets.marketCap?.value ?? 5e8),
    growthPct: 10,
    targetPrice: 1,
    years: 10,
  };
}

/** Monte Carlo starts on, with the fitted volatility and spread (rounded as the inputs show them) and a fixed seed. */
function buildMonteCarloDefaults(presets: ScenarioPresets): MonteCarloUiState {
  const { marketCap, burnVolume } = presets.fitted;
  return {
    enabled: true,
    paths: 500,
    seed: 1,
    marketCapVolatilityPct: marketCap ? Math.min(300, Number((marketCap.volatilityPerYear * 100).toFixed(1))) : 90,
    burnSpread: burnVolume ? Math.min(5, Number(burnVolume.volatilityPerDay.toFixed(2))) : 0.5,
    drift: "assumption",
  };
}

function attachCsv(event: MouseEvent<HTMLAnchorElement>, csv: string | null) {
  if (csv === null) {
    event.preventDefault();
    return;
  }
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  event.currentTarget.href = url;
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function describeNeeded(run: PageRun, symbol: string): string {
  if (!run.ok) return "";
  const needed = run.needed;
  if (needed.status === "impossible") return needed.message;
  return `Leaves ${formatLargeNumber(needed.supplyNeeded)} ${symbol}, at the assumed market cap then.`;
}

export function ScenarioSimulator({ presets, startDay }: Props) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const defaults = useMemo(() => buildDefaults(presets), [presets]);
  const monteCarloDefaults = useMemo(() => buildMonteCarloDefaults(presets), [presets]);
  const [set, setSet] = useState<ScenarioSetState>(() => parseScenarioSetQuery(new URLSearchParams(searchParams.toString()), defaults, monteCarloDefaults));
  const changed = useRef(false);
  const change = (next: (previous: ScenarioSetState) => ScenarioSetState) => {
    changed.current = true;
    setSet(next);
  };

  // The whole state goes into the query string, a moment after the last change: a shared or reloaded link shows
  // the same scenarios. The history API swaps the URL in place (Next keeps useSearchParams in step) without a new
  // history entry and without asking the server to render the page again: the engine runs here.
  useEffect(() => {
    if (!changed.current) return;
    const query = toScenarioSetQuery(set);
    if (query === window.location.search.replace(/^\?/, "")) return;
    const timer = window.setTimeout(() => window.history.replaceState(window.history.state, "", `${pathname}?${query}`), 250);
    return () => window.clearTimeout(timer);
  }, [set, pathname]);

  const symbol = presets.tokenSymbol;
  const { scenarios, active, monteCarlo } = set;
  // Every scenario's deterministic run, now; Monte Carlo only for the one being edited (below, deferred).
  const runs = useMemo(
    () => scenarios.map((scenario, index) => runPageScenario(scenario, index === active ? monteCarlo : null, presets.fitted, symbol, startDay)),
    [scenarios, active, monteCarlo, presets.fitted, symbol, startDay],
  );
  const run = runs[active]!;
  const state = scenarios[active]!;
  const bandsState = useMonteCarloBands(run);
  const monteCarloStatus = bandsState.status;
  const currentBands = bandsState.status === "ready" ? bandsState.bands : null;
  const summary = run.ok ? summarizeScenario({ ...run.result, monteCarlo: currentBands }) : [];
  const neededMarketCap = state.targetPrice * state.supply;
  const label = scenarioLabel(active);

  // Memoised with the runs: the URL update a moment after each change re-renders this component, and the charts
  // (memoised too) should not redraw for it.
  const { supplySeries, priceSeries } = useMemo(() => {
    const series = (pick: (run: Extract<PageRun, { ok: true }>) => ChartPoint[]) =>
      runs.flatMap((one, index) => (one.ok ? [{ name: scenarioLabel(index), color: scenarioColors[index]!, points: pick(one) }] : []));
    return { supplySeries: series((one) => one.supplyPoints), priceSeries: series((one) => one.pricePoints) };
  }, [runs]);

  return (
    <div className="flex flex-col gap-6" data-testid="scenario-simulator">
      <StorePresetsPanel presets={presets} defaults={defaults} onApply={(patch) => change((previous) => updateActiveScenario(previous, patch))} />

      <ScenarioTabs
        count={scenarios.length}
        active={active}
        onSelect={(index) => change((previous) => ({ ...previous, active: index }))}
        onAdd={() => change((previous) => addScenario(previous, defaults))}
        onDuplicate={() => change((previous) => duplicateScenario(previous, previous.active))}
        onRemove={() => change((previous) => removeScenario(previous, previous.active))}
      />

      <ScenarioInputs key={active} state={state} symbol={symbol} startDay={startDay} label={label} onChange={(patch) => change((previous) => updateActiveScenario(previous, patch))} />

      <section aria-labelledby="results-heading" aria-live="polite" className="flex flex-col gap-4">
        <h2 id="results-heading" className="text-lg font-semibold">
          Results for {label}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="rounded-lg border border-border bg-card p-3" data-testid="needed-market-cap" data-value={neededMarketCap} data-supply={state.supply} data-target={state.targetPrice}>
            <dt className="text-sm text-muted">Market cap {formatPriceUsd(state.targetPrice)} needs today</dt>
            <dd className="text-lg font-semibold">{formatUsdAmount(neededMarketCap)}</dd>
            <dd className="text-xs text-muted">
              {formatPriceUsd(state.targetPrice)} × {formatLargeNumber(state.supply)} {symbol}
            </dd>
          </div>
          <div className="rounded-lg border border-border bg-card p-3" data-testid="needed-daily-burn" data-status={run.ok ? run.needed.status : "invalid"} data-value={run.ok && run.needed.status !== "impossible" ? run.needed.dailyBurn : ""}>
            <dt className="text-sm text-muted">
              Daily burn to reach {formatPriceUsd(state.targetPrice)} by {run.ok ? run.endDay : "the horizon"}
            </dt>
            <dd className="text-lg font-semibold">
              {!run.ok ? "—" : run.needed.status === "impossible" ? "Out of reach" : run.needed.status === "alreadyThere" ? "None needed" : `${formatLargeNumber(run.needed.dailyBurn)} ${symbol} a day`}
            </dd>
            <dd className="text-xs text-muted">{describeNeeded(run, symbol)}</dd>
          </div>
        </dl>
        {run.ok ? (
          <div
            className="rounded-lg border border-border bg-card p-4 text-sm"
            data-testid="scenario-summary"
            data-end-supply={run.result.path.at(-1)?.supply ?? state.supply}
            data-engine-input={JSON.stringify(run.input)}
            data-monte-carlo={monteCarloStatus}
          >
            {summary.map((sentence) => (
              <p key={sentence} className="mb-1 last:mb-0">
                {sentence}
              </p>
            ))}
          </div>
        ) : (
          <p role="alert" className="rounded-lg border border-accent bg-card p-4 text-sm" data-testid="scenario-error">
            {run.message}
          </p>
        )}
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <ScenarioChart series={supplySeries} label={`Supply (${symbol})`} scale="linear" kind="supply" testId="supply-chart" />
          <ScenarioChart series={priceSeries} label="Price (USD, log scale)" scale="log" kind="price" testId="price-chart" />
        </div>
        {scenarios.length > 1 ? <ScenarioComparisonTable scenarios={scenarios} runs={runs} symbol={symbol} active={active} /> : null}
        <p className="flex flex-wrap gap-2">
          <a
            href="#"
            download={`${symbol.toLowerCase()}-scenario-supply.csv`}
            onClick={(event) => attachCsv(event, run.ok ? toSupplyCsv(startDay, state.supply, run.result.path) : null)}
            className="inline-block rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-foreground"
            data-testid="export-csv"
          >
            Download the supply path of {label} (CSV)
          </a>
          {currentBands ? (
            <a
              href="#"
              download={`${symbol.toLowerCase()}-scenario-bands.csv`}
              onClick={(event) => attachCsv(event, toBandsCsv(currentBands))}
              className="inline-block rounded-md border border-accent px-3 py-1.5 text-sm font-medium"
              data-testid="export-bands-csv"
            >
              Download the percentile bands (CSV)
            </a>
          ) : null}
        </p>
      </section>

      <MonteCarloPanel
        state={monteCarlo}
        onChange={(patch) => change((previous) => ({ ...previous, monteCarlo: { ...previous.monteCarlo, ...patch } }))}
        fitted={presets.fitted}
        result={bandsState.status === "ready" ? bandsState.bands : bandsState.status === "pending" ? bandsState.stale : null}
        pending={monteCarloStatus === "pending"}
        scenarioName={label}
        symbol={symbol}
        color={scenarioColors[active]!}
      />
    </div>
  );
}
