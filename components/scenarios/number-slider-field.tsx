"use client";

import { useId, useState } from "react";

type Props = {
  label: string;
  /** Short help under the label: unit, meaning. */
  hint?: string;
  value: number;
  onChange: (value: number) => void;
  /** Bounds of the number box; the slider may cover a narrower, more useful range. */
  min: number;
  max: number;
  step?: number | "any";
  slider: { min: number; max: number; step: number; scale?: "linear" | "log" };
  testId: string;
};

const toSlider = (value: number, scale: "linear" | "log") => (scale === "log" ? Math.log10(Math.max(value, Number.MIN_VALUE)) : value);
const fromSlider = (position: number, scale: "linear" | "log") => (scale === "log" ? Number((10 ** position).toPrecision(3)) : position);

/**
 * A labelled number box and a slider for the same value. The box keeps what is typed (even "1e" on the way to "1e9")
 * and only reports values within its bounds; the slider, on a log scale for values spanning many orders of magnitude,
 * moves in round steps.
 */
export function NumberSliderField({ label, hint, value, onChange, min, max, step = "any", slider, testId }: Props) {
  const id = useId();
  const scale = slider.scale ?? "linear";
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // A change from outside (slider, preset button) replaces the draft; the draft's own changes are already in it.
  if (value !== shown) {
    setShown(value);
    if (Number(draft) !== value) setDraft(String(value));
  }
  const typed = draft.trim() === "" ? Number.NaN : Number(draft);
  const invalid = !(Number.isFinite(typed) && typed >= min && typed <= max);
  const sliderMin = scale === "log" ? Math.log10(slider.min) : slider.min;
  const sliderMax = scale === "log" ? Math.log10(slider.max) : slider.max;
  const position = Math.min(sliderMax, Math.max(sliderMin, toSlider(value, scale)));
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`${id}-number`} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex min-w-0 items-center gap-2">
        <input
          id={`${id}-range`}
          type="range"
          aria-label={`${label} (slider)`}
          min={sliderMin}
          max={sliderMax}
          step={scale === "log" ? 0.01 : slider.step}
          value={position}
          onChange={(event) => onChange(fromSlider(Number(event.target.value), scale))}
          className="min-w-0 flex-1 accent-[var(--accent)]"
          data-testid={`${testId}-slider`}
        />
        <input
          id={`${id}-number`}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            const next = event.target.value.trim() === "" ? Number.NaN : Number(event.target.value);
            if (Number.isFinite(next) && next >= min && next <= max) {
              setShown(next);
              onChange(next);
            }
          }}
          className={`w-36 min-w-0 shrink-0 rounded-md border bg-background px-2 py-1 text-sm tabular-nums ${invalid ? "border-accent" : "border-border"}`}
          data-testid={testId}
        />
      </div>
      {invalid ? (
        <p className="text-xs text-accent" role="status">
          Enter a number from {min.toLocaleString("en-US")} to {max.toLocaleString("en-US")}.
        </p>
      ) : null}
    </div>
  );
}
