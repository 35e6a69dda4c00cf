"use client";

import type { FittedProcesses } from "@/lib/scenarios/fit-processes";
import { useMemo } from "react";
import type { MonteCarloResult } from "@/lib/scenarios/run-monte-carlo";
import { FanChart } from "./fan-chart";
import { NumberSliderField } from "./number-slider-field";
import { toFanPoints } from "./run-page-scenario";
import { monteCarloBounds, type MonteCarloUiState } from "./scenario-set-state";

type Props = {
  state: MonteCarloUiState;
  onChange: (patch: Partial<MonteCarloUiState>) => void;
  fitted: FittedProcesses & { marketCapSourceKey: string | null; burnSourceKey: string | null };
  /** Bands for the scenario being edited; null while they are computed or when the panel is off. */
  result: MonteCarloResult | null;
  pending: boolean;
  scenarioName: string;
  symbol: string;
  color: string;
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** What the fit says, in numbers with their units and the data they rest on. */
function FittedParameters({ fitted }: { fitted: Props["fitted"] }) {
  const { marketCap, burnVolume } = fitted;
  return (
    <ul className="list-disc space-y-1 pl-5 text-xs text-muted" data-testid="fitted-parameters" data-volatility={marketCap?.volatilityPerYear ?? ""} data-drift={marketCap?.driftPerYear ?? ""} data-burn-spread={burnVolume?.volatilityPerDay ?? ""}>
      <li>
        {marketCap ? (
          <>
            Market cap: fitted σ = <strong className="text-foreground">{round(marketCap.volatilityPerYear * 100, 1)}% a year</strong> and μ = <strong className="text-foreground">{round(marketCap.driftPerYear * 100, 1)}% a year</strong> from {marketCap.observations} daily log returns of stored market caps, {marketCap.fromDay} to {marketCap.toDay}
            {fitted.marketCapSourceKey ? ` (${fitted.marketCapSourceKey})` : ""}.
          </>
        ) : (
          "Market cap: too few stored market caps to fit; the volatility is an example."
        )}
      </li>
      <li>
        {burnVolume ? (
          <>
            Burn volume: fitted daily log-spread s = <strong className="text-foreground">{round(burnVolume.volatilityPerDay, 2)}</strong> from {burnVolume.observations} days with a daily burn total, {burnVolume.fromDay} to {burnVolume.toDay}
            {fitted.burnSourceKey ? ` (${fitted.burnSourceKey})` : ""}; weekly totals are left out.
          </>
        ) : (
          "Burn volume: too few stored daily burns to fit; the spread is an example."
        )}
      </li>
    </ul>
  );
}

/** Monte Carlo settings, the fitted parameters, and the uncertainty fans of the scenario being edited. */
export function MonteCarloPanel({ state, onChange, fitted, result, pending, scenarioName, symbol, color }: Props) {
  // The same bands give the same rows, so the fans redraw only when the bands change, not on every input.
  const supplyFan = useMemo(() => (result ? toFanPoints(result, "supply") : []), [result]);
  const priceFan = useMemo(() => (result ? toFanPoints(result, "priceUsd") : []), [result]);
  const lastBands = result?.points.at(-1);
  const useFitted = () =>
    onChange({
      ...(fitted.marketCap ? { marketCapVolatilityPct: Math.min(monteCarloBounds.marketCapVolatilityPct.max, round(fitted.marketCap.volatilityPerYear * 100, 1)) } : {}),
      ...(fitted.burnVolume ? { burnSpread: Math.min(monteCarloBounds.burnSpread.max, round(fitted.burnVolume.volatilityPerDay, 2)) } : {}),
    });
  return (
    <section aria-labelledby="monte-carlo-heading" className="flex flex-col gap-4 rounded-lg border border-border bg-card p-4" data-testid="monte-carlo-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="monte-carlo-heading" className="text-base font-semibold">
          Uncertainty (Monte Carlo) for {scenarioName}
        </h2>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={state.enabled} onChange={(event) => onChange({ enabled: event.target.checked })} data-testid="monte-carlo-enabled" />
          Simulate random burn volume and market cap
        </label>
      </div>
      <FittedParameters fitted={fitted} />
      {state.enabled ? (
        <>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <NumberSliderField label="Market cap volatility σ (% a year)" hint="Geometric Brownian motion; 100% means the log market cap spreads by 1 a year." min={0} max={300} slider={{ min: 0, max: 300, step: 1 }} testId="input-mc-volatility" value={state.marketCapVolatilityPct} onChange={(value) => onChange({ marketCapVolatilityPct: value })} />
            <NumberSliderField label="Burn volume spread s (daily log-spread)" hint="Each day's fixed and tax burns times a log-normal factor with mean 1." min={0} max={5} slider={{ min: 0, max: 3, step: 0.01 }} testId="input-burn-spread" value={state.burnSpread} onChange={(value) => onChange({ burnSpread: value })} />
            <NumberSliderField label="Paths" hint="More paths, steadier bands, slower updates." min={monteCarloBounds.paths.min} max={monteCarloBounds.paths.max} step={1} slider={{ min: 100, max: 2_000, step: 100 }} testId="input-mc-paths" value={state.paths} onChange={(value) => onChange({ paths: Math.round(value) })} />
            <div className="flex min-w-0 flex-col gap-1">
              <NumberSliderField label="Seed" hint="The same seed gives the same bands, here and from the API." min={0} max={monteCarloBounds.seed.max} step={1} slider={{ min: 0, max: 1_000, step: 1 }} testId="input-mc-seed" value={state.seed} onChange={(value) => onChange({ seed: Math.round(value) })} />
              <button type="button" onClick={() => onChange({ seed: Math.floor(Math.random() * 1_000_000) })} className="self-start rounded-md border border-border px-3 py-1 text-xs hover:border-accent" data-testid="new-seed">
                New seed
              </button>
            </div>
          </div>
          <fieldset className="flex flex-wrap items-center gap-3 text-sm">
            <legend className="sr-only">Market cap drift</legend>
            <label className="flex items-center gap-1">
              <input type="radio" name="mc-drift" checked={state.drift === "assumption"} onChange={() => onChange({ drift: "assumption" })} data-testid="drift-assumption" />
              Median follows the market-cap assumption
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="mc-drift" checked={state.drift === "fitted"} disabled={fitted.marketCap === null} onChange={() => onChange({ drift: "fitted" })} data-testid="drift-fitted" />
              Fitted drift μ
            </label>
            <button type="button" onClick={useFitted} className="rounded-md border border-border px-3 py-1 text-xs hover:border-accent" data-testid="use-fitted">
              Use the fitted σ and s
            </button>
          </fieldset>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2" aria-busy={pending} data-testid="fan-charts" data-pending={pending ? "true" : "false"} data-paths={result?.paths ?? ""} data-seed={result?.seed ?? ""} data-last-bands={lastBands ? JSON.stringify(lastBands) : ""}>
            {result ? (
              <>
                <FanChart points={supplyFan} label={`Supply (${symbol}): median and 25–75, 5–95 percentile bands`} scale="linear" kind="supply" testId="supply-fan-chart" color={color} />
                <FanChart points={priceFan} label="Price (USD, log scale): median and bands" scale="log" kind="price" testId="price-fan-chart" color={color} />
              </>
            ) : (
              <p className="text-sm text-muted">Computing the bands…</p>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
