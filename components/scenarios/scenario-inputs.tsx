"use client";

import { NumberSliderField } from "./number-slider-field";
import type { NumericField, ScenarioState } from "./scenario-state";

type Props = {
  /** Remounting per scenario (a `key`) resets the number boxes' drafts when another scenario is picked. */
  state: ScenarioState;
  symbol: string;
  startDay: string;
  onChange: (patch: Partial<ScenarioState>) => void;
  label: string;
};

/** The inputs of the scenario being edited, each a number box and a slider. */
export function ScenarioInputs({ state, symbol, startDay, onChange, label }: Props) {
  const field = (name: NumericField) => ({ value: state[name], onChange: (value: number) => onChange({ [name]: value }) });
  return (
    <form className="grid grid-cols-1 gap-4 rounded-lg border border-border bg-card p-4 md:grid-cols-2" onSubmit={(event) => event.preventDefault()} aria-label={`Inputs of ${label}`} data-testid="scenario-inputs">
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
              <input type="radio" name="market-cap-mode" value={mode} checked={state.marketCapMode === mode} onChange={() => onChange({ marketCapMode: mode })} data-testid={`mode-${mode}`} />
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
  );
}
