"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { dayToEpochMs } from "@/lib/days/utc-day";
import { formatLargeNumber, formatPriceUsd, formatUsdAmount } from "@/lib/scenarios/format-scenario-numbers";
import { computeMarketCapOnDay } from "@/lib/scenarios/market-cap-path";
import type { BurnRateWindow, ScenarioPresets } from "@/lib/scenarios/presets";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { solveDailyBurnForPrice } from "@/lib/scenarios/solve-daily-burn";
import { summarizeScenario } from "@/lib/scenarios/summarize-scenario";
import { NumberSliderField } from "./number-slider-field";
import { ScenarioChart, type ScenarioChartPoint } from "./scenario-charts";
import { parseScenarioQuery, toScenarioInput, toScenarioQuery, toSupplyCsv, type NumericField, type ScenarioState } from "./scenario-state";

type Props = {
  presets: ScenarioPresets;
  /** Day 0 of every scenario: today, as the server saw it, so server and browser render the same thing. */
  startDay: string;
};

const windows: readonly BurnRateWindow[] = ["30", "90", "365"];

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

function runScenario(state: ScenarioState, tokenSymbol: string, startDay: string) {
  const parsed = scenarioInputSchema.safeParse(toScenarioInput(state, tokenSymbol, startDay));
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0]?.message ?? "These inputs cannot be simulated." };
  const input = parsed.data;
  const result = simulateScenario(input);
  const endDay = result.endDay;
  const needed = solveDailyBurnForPrice({
    startingSupply: input.startingSupply,
    startDay: input.startDay,
    targetDay: endDay,
    targetPriceUsd: state.targetPrice,
    // Under a market-cap assumption the market cap does not depend on supply, so any supply will do.
    marketCapUsd: computeMarketCapOnDay(input.price, input.horizonDays, 1),
    issuancePerDay: 0,
  });
  const start = { t: dayToEpochMs(startDay), day: startDay };
  const supplyPoints: ScenarioChartPoint[] = [{ ...start, value: input.startingSupply }, ...result.path.map((point) => ({ t: dayToEpochMs(point.day), day: point.day, value: point.supply }))];
  const startPrice = input.price.kind === "targetPrice" ? input.price.priceUsd : input.price.marketCapUsd / input.startingSupply;
  const pricePoints: ScenarioChartPoint[] = [{ ...start, value: startPrice }, ...result.path.map((point) => ({ t: dayToEpochMs(point.day), day: point.day, value: point.priceUsd }))];
  return { ok: true as const, result, summary: summarizeScenario(result), needed, supplyPoints, pricePoints, endDay };
}

function describeNeeded(run: ReturnType<typeof runScenario>, symbol: string): string {
  if (!run.ok) return "";
  const needed = run.needed;
  if (needed.status === "impossible") return needed.message;
  return `Leaves ${formatLargeNumber(needed.supplyNeeded)} ${symbol}, at the assumed market cap then.`;
}

export function ScenarioSimulator({ presets, startDay }: Props) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const defaults = useMemo(() => buildDefaults(presets), [presets]);
  const [state, setState] = useState<ScenarioState>(() => parseScenarioQuery(new URLSearchParams(searchParams.toString()), defaults));
  const changed = useRef(false);

  const update = (patch: Partial<ScenarioState>) => {
    changed.current = true;
    setState((previous) => ({ ...previous, ...patch }));
  };
  const field = (name: NumericField) => ({ value: state[name], onChange: (value: number) => update({ [name]: value }) });

  // The whole state goes into the query string, a moment after the last change: a shared or reloaded link shows
  // the same scenario. The history API swaps the URL in place (Next keeps useSearchParams in step) without a new
  // history entry and without asking the server to render the page again: the engine runs here.
  useEffect(() => {
    if (!changed.current) return;
    const query = toScenarioQuery(state);
    if (query === window.location.search.replace(/^\?/, "")) return;
    const timer = window.setTimeout(() => window.history.replaceState(window.history.state, "", `${pathname}?${query}`), 250);
    return () => window.clearTimeout(timer);
  }, [state, pathname]);

  const run = useMemo(() => runScenario(state, presets.tokenSymbol, startDay), [state, presets.tokenSymbol, startDay]);
  const symbol = presets.tokenSymbol;
  const neededMarketCap = state.targetPrice * state.supply;

  const exportCsv = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!run.ok) {
      event.preventDefault();
      return;
    }
    const blob = new Blob([toSupplyCsv(startDay, state.supply, run.result.path)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    event.currentTarget.href = url;
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="flex flex-col gap-6" data-testid="scenario-simulator">
      <section aria-labelledby="presets-heading" className="rounded-lg border border-border bg-card p-4">
        <h2 id="presets-heading" className="mb-2 text-base font-semibold">
          From the store
        </h2>
        <ul className="mb-3 space-y-1 text-sm text-muted">
          <li data-testid="store-supply" data-value={presets.supply?.value ?? ""} data-as-of={presets.supply?.asOf ?? ""}>
            {presets.supply ? (
              <>
                Total supply <strong className="text-foreground">{formatLargeNumber(presets.supply.value)} {symbol}</strong> as of <time dateTime={presets.supply.asOf}>{presets.supply.asOf}</time> ({presets.supply.sourceKey})
              </>
            ) : (
              "No stored supply: the starting supply is an example."
            )}
          </li>
          <li data-testid="store-market-cap" data-value={presets.marketCap?.value ?? ""}>
            {presets.marketCap ? (
              <>
                Market cap <strong className="text-foreground">{formatUsdAmount(presets.marketCap.value)}</strong> as of <time dateTime={presets.marketCap.asOf}>{presets.marketCap.asOf}</time> ({presets.marketCap.sourceKey})
              </>
            ) : (
              "No stored market cap: the assumption is an example."
            )}
          </li>
          {presets.exchangeBatch ? (
            <li data-testid="store-exchange-batch" data-value={presets.exchangeBatch.value} data-every-days={presets.exchangeBatch.everyDays ?? ""}>
              Exchange batches: mean of the last {presets.exchangeBatch.count}, <strong className="text-foreground">{formatLargeNumber(presets.exchangeBatch.value)} {symbol}</strong>
              {presets.exchangeBatch.everyDays ? ` about every ${presets.exchangeBatch.everyDays} days` : ""}, {presets.exchangeBatch.fromDay} to {presets.exchangeBatch.asOf} ({presets.exchangeBatch.sourceKey})
            </li>
          ) : null}
        </ul>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Fill the fixed daily burn from a recent burn rate">
          {windows.map((window) => {
            const preset = presets.burnRates[window];
            return (
              <button
                key={window}
                type="button"
                disabled={preset === null}
                onClick={() => preset && update({ dailyBurn: Math.round(preset.value) })}
                className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent disabled:opacity-50"
                data-testid={`preset-${window}d`}
                data-value={preset ? Math.round(preset.value) : ""}
                title={preset ? `${preset.fromDay} to ${preset.asOf}: ${preset.coveredDays} days with data (${preset.sourceKey})` : "No burns stored for this window"}
              >
                Last {window} days&apos; burn rate{preset ? `: ${formatLargeNumber(preset.value)}/day` : ""}
              </button>
            );
          })}
          {presets.exchangeBatch ? (
            <button
              type="button"
              onClick={() => update({ batchAmount: Math.round(presets.exchangeBatch!.value), batchEveryDays: presets.exchangeBatch!.everyDays ?? 30 })}
              className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent"
              data-testid="preset-batches"
            >
              Recent exchange batches
            </button>
          ) : null}
          <button type="button" onClick={() => update(defaults)} className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent" data-testid="reset-inputs">
            Reset all inputs
          </button>
        </div>
        {presets.burnRates["30"] ? (
          <p className="mt-2 text-xs text-muted">
            Burn rates count back from the last day of the stored burn series ({presets.burnRates["30"].asOf}); weekly figures count as seven days.
          </p>
        ) : null}
      </section>

      <form className="grid grid-cols-1 gap-4 rounded-lg border border-border bg-card p-4 md:grid-cols-2" onSubmit={(event) => event.preventDefault()} aria-label="Scenario inputs">
        <NumberSliderField label={`Starting supply (${symbol})`} hint={`Supply on ${startDay}, the start day.`} min={1} max={1e18} slider={{ min: 1e11, max: 1e14, step: 0, scale: "log" }} testId="input-supply" {...field("supply")} />
        <NumberSliderField label={`Fixed daily burn (${symbol} a day)`} hint="Burned every day, whatever the supply." min={0} max={1e15} slider={{ min: 1e6, max: 1e11, step: 0, scale: "log" }} testId="input-daily-burn" {...field("dailyBurn")} />
        <NumberSliderField label="Proportional burn (% of supply a year)" hint="A share of the remaining supply, burned continuously." min={0} max={100} slider={{ min: 0, max: 20, step: 0.1 }} testId="input-proportional" {...field("proportionalPct")} />
        <NumberSliderField label="Burn tax (% of volume)" hint="On-chain tax on the daily trading volume below." min={0} max={100} slider={{ min: 0, max: 5, step: 0.05 }} testId="input-tax-rate" {...field("taxPct")} />
        <NumberSliderField label={`Daily trading volume (${symbol} a day)`} hint="In tokens, not USD; taxed at the rate above." min={0} max={1e16} slider={{ min: 1e7, max: 1e12, step: 0, scale: "log" }} testId="input-volume" {...field("dailyVolume")} />
        <NumberSliderField label={`Exchange batch (${symbol} each)`} hint="A batch burned every few days; 0 for none." min={0} max={1e15} slider={{ min: 0, max: 1e10, step: 1e7 }} testId="input-batch" {...field("batchAmount")} />
        <NumberSliderField label="Days between batches" min={1} max={3650} step={1} slider={{ min: 1, max: 365, step: 1 }} testId="input-batch-every" {...field("batchEveryDays")} />
        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="text-sm font-medium">Market cap assumption</legend>
          <div className="flex flex-wrap gap-3 text-sm">
            {(["constant", "growing"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1">
                <input type="radio" name="market-cap-mode" value={mode} checked={state.marketCapMode === mode} onChange={() => update({ marketCapMode: mode })} data-testid={`mode-${mode}`} />
                {mode === "constant" ? "Constant" : "Growing yearly"}
              </label>
            ))}
          </div>
        </fieldset>
        <NumberSliderField label="Market cap today (USD)" min={1} max={1e17} slider={{ min: 1e7, max: 1e13, step: 0, scale: "log" }} testId="input-market-cap" {...field("marketCap")} />
        {state.marketCapMode === "growing" ? (
          <NumberSliderField label="Market cap growth (% a year)" hint="Negative for a shrinking market cap." min={-99} max={10_000} slider={{ min: -50, max: 100, step: 1 }} testId="input-growth" {...field("growthPct")} />
        ) : null}
        <NumberSliderField label="Target price (USD)" min={1e-12} max={1e12} slider={{ min: 1e-6, max: 10, step: 0, scale: "log" }} testId="input-target-price" {...field("targetPrice")} />
        <NumberSliderField label="Horizon (years)" min={1} max={50} step={1} slider={{ min: 1, max: 50, step: 1 }} testId="input-years" {...field("years")} />
      </form>

      <section aria-labelledby="results-heading" aria-live="polite" className="flex flex-col gap-4">
        <h2 id="results-heading" className="text-lg font-semibold">
          Results
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
              {!run.ok
                ? "—"
                : run.needed.status === "impossible"
                  ? "Out of reach"
                  : run.needed.status === "alreadyThere"
                    ? "None needed"
                    : `${formatLargeNumber(run.needed.dailyBurn)} ${symbol} a day`}
            </dd>
            <dd className="text-xs text-muted">
              {describeNeeded(run, symbol)}
            </dd>
          </div>
        </dl>
        {run.ok ? (
          <>
            <div className="rounded-lg border border-border bg-card p-4 text-sm" data-testid="scenario-summary" data-end-supply={run.result.path.at(-1)?.supply ?? state.supply} data-engine-input={JSON.stringify(run.result.input)}>
              {run.summary.map((sentence) => (
                <p key={sentence} className="mb-1 last:mb-0">
                  {sentence}
                </p>
              ))}
            </div>
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              <ScenarioChart points={run.supplyPoints} label={`Supply (${symbol})`} scale="linear" kind="supply" testId="supply-chart" seriesName="Supply" />
              <ScenarioChart points={run.pricePoints} label="Price (USD, log scale)" scale="log" kind="price" testId="price-chart" seriesName="Price" />
            </div>
            <p>
              <a href="#" download={`${symbol.toLowerCase()}-scenario-supply.csv`} onClick={exportCsv} className="inline-block rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-foreground" data-testid="export-csv">
                Download the supply path (CSV)
              </a>
            </p>
          </>
        ) : (
          <p role="alert" className="rounded-lg border border-accent bg-card p-4 text-sm" data-testid="scenario-error">
            {run.message}
          </p>
        )}
      </section>
    </div>
  );
}
