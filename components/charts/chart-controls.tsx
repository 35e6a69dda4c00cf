"use client";

import { useState, type FormEvent } from "react";
import type { Scale } from "./axis-scale";
import { chartMetricLabels, chartMetrics, maxComparedTokens, type ChartMetric, type ChartState } from "./chart-state";
import { priceRanges } from "./price-ranges";

const pressed = (on: boolean) => `rounded-md border px-2 py-1 ${on ? "border-accent bg-accent text-accent-foreground" : "border-border hover:border-accent"}`;

export type ChartControlsProps = {
  state: ChartState;
  scale: Scale;
  bounds: { firstDay: string; lastDay: string };
  others: { symbol: string; name: string }[];
  onChange: (patch: Partial<ChartState>) => void;
};

function CustomRange({ state, bounds, onChange }: Pick<ChartControlsProps, "state" | "bounds" | "onChange">) {
  const [from, setFrom] = useState(state.from ?? bounds.firstDay);
  const [to, setTo] = useState(state.to ?? bounds.lastDay);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from <= to) onChange({ range: "custom", from, to });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Custom dates">
      <label className="flex flex-col text-xs text-muted">
        From
        <input type="date" value={from} min={bounds.firstDay} max={bounds.lastDay} onChange={(event) => setFrom(event.target.value)} className="rounded-md border border-border bg-card px-1 py-0.5 text-sm text-foreground" />
      </label>
      <label className="flex flex-col text-xs text-muted">
        To
        <input type="date" value={to} min={bounds.firstDay} max={bounds.lastDay} onChange={(event) => setTo(event.target.value)} className="rounded-md border border-border bg-card px-1 py-0.5 text-sm text-foreground" />
      </label>
      <button type="submit" className={pressed(state.range === "custom")} aria-pressed={state.range === "custom"}>
        Apply dates
      </button>
    </form>
  );
}

/** Metric, range, scale and comparison: every choice goes to the URL, so a view can be shared. */
export function ChartControls({ state, scale, bounds, others, onChange }: ChartControlsProps) {
  const full = state.compare.length >= maxComparedTokens;
  return (
    <div className="mb-3 flex flex-col gap-3 text-sm">
      <div role="group" aria-label="Metric" className="flex flex-wrap gap-1">
        {chartMetrics.map((metric: ChartMetric) => (
          <button key={metric} type="button" aria-pressed={state.metric === metric} onClick={() => onChange({ metric })} className={pressed(state.metric === metric)}>
            {chartMetricLabels[metric]}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div role="group" aria-label="Range" className="flex flex-wrap gap-1">
          {priceRanges.map((range) => (
            <button key={range} type="button" aria-pressed={state.range === range} onClick={() => onChange({ range, from: null, to: null })} className={pressed(state.range === range)}>
              {range}
            </button>
          ))}
        </div>
        <CustomRange key={`${state.from}-${state.to}`} state={state} bounds={bounds} onChange={onChange} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <fieldset className="flex items-center gap-1">
          <legend className="sr-only">Scale</legend>
          {(["log", "linear"] as const).map((option) => (
            <label key={option} className={`cursor-pointer focus-within:outline-2 focus-within:outline-accent ${pressed(scale === option)}`}>
              <input type="radio" name="chart-scale" value={option} checked={scale === option} onChange={() => onChange({ scale: option })} className="sr-only" />
              {option === "log" ? "Log" : "Linear"}
            </label>
          ))}
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="float-left mr-1 text-muted">Compare (up to {maxComparedTokens}):</legend>
          {others.map((token) => {
            const checked = state.compare.includes(token.symbol.toLowerCase());
            return (
              <label key={token.symbol} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => onChange({ compare: checked ? state.compare.filter((entry) => entry !== token.symbol.toLowerCase()) : [...state.compare, token.symbol.toLowerCase()] })}
                  className="accent-[var(--accent)]"
                />
                <span title={token.name}>{token.symbol}</span>
              </label>
            );
          })}
        </fieldset>
      </div>
    </div>
  );
}
