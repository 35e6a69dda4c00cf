// Axis domains and ticks for values from 1e-10 (SHIB's first prices) to 1e13 (a LUNC-sized supply) and beyond.
export type Scale = "log" | "linear";

// Bounds only against runaway loops on absurd input; real values stay far inside them.
const smallest = 1e-20;
const largest = 1e20;

/** Whole powers of ten around the positive values: a log axis cannot hold 0 or negatives, so they are left out. */
export function logDomain(values: number[]): [number, number] {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return [1, 10];
  const low = Math.floor(Math.log10(Math.min(...positive)));
  let high = Math.ceil(Math.log10(Math.max(...positive)));
  if (high === low) high = low + 1;
  return [Number(`1e${low}`), Number(`1e${high}`)];
}

/** Ticks on a log axis: every power of ten in the domain, and 2 and 5 between them when the domain spans few decades. */
export function logTicks([low, high]: [number, number]): number[] {
  const from = Math.max(Math.floor(Math.log10(low)), Math.log10(smallest));
  const to = Math.min(Math.ceil(Math.log10(high)), Math.log10(largest));
  const decades = to - from;
  const step = Math.max(1, Math.ceil(decades / 8));
  const multipliers = decades <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let exponent = from; exponent <= to; exponent += step) {
    for (const multiplier of multipliers) {
      const tick = Number(`${multiplier}e${exponent}`);
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  return ticks;
}

/** A linear domain from 0 (or the lowest negative) to a rounded maximum, with about five even ticks. */
export function linearDomainAndTicks(values: number[]): { domain: [number, number]; ticks: number[] } {
  const finite = values.filter((value) => Number.isFinite(value));
  const max = finite.length > 0 ? Math.max(...finite) : 1;
  const min = Math.min(0, ...finite);
  const span = max - min || Math.abs(max) || 1;
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= rough) ?? 10) * magnitude;
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step || step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { domain: [low, high], ticks };
}

/** Short axis labels: 0.00005 → "5e-5", 1.2e12 → "1.2T", 250 → "250". */
export function formatAxisValue(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs < 0.01) return value.toExponential(0).replace("e-", "e-").replace("+", "");
  if (abs < 1000) return String(Number(value.toPrecision(3)));
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 }).format(value);
}
