"use client";

import { formatLargeNumber, formatUsdAmount } from "@/lib/scenarios/format-scenario-numbers";
import type { BurnRateWindow, ScenarioPresets } from "@/lib/scenarios/presets";
import type { ScenarioState } from "./scenario-state";

const windows: readonly BurnRateWindow[] = ["30", "90", "365"];

type Props = {
  presets: ScenarioPresets;
  /** Applies to the scenario being edited. */
  onApply: (patch: Partial<ScenarioState>) => void;
  defaults: ScenarioState;
};

/** The stored figures the inputs start from, and buttons that copy them into the scenario being edited. */
export function StorePresetsPanel({ presets, onApply, defaults }: Props) {
  const symbol = presets.tokenSymbol;
  return (
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
              onClick={() => preset && onApply({ dailyBurn: Math.round(preset.value) })}
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
            onClick={() => onApply({ batchAmount: Math.round(presets.exchangeBatch!.value), batchEveryDays: presets.exchangeBatch!.everyDays ?? 30 })}
            className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent"
            data-testid="preset-batches"
          >
            Recent exchange batches
          </button>
        ) : null}
        <button type="button" onClick={() => onApply(defaults)} className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent" data-testid="reset-inputs">
          Reset all inputs
        </button>
      </div>
      {presets.burnRates["30"] ? (
        <p className="mt-2 text-xs text-muted">
          Burn rates count back from the last day of the stored burn series ({presets.burnRates["30"].asOf}); weekly figures count as seven days.
        </p>
      ) : null}
    </section>
  );
}
