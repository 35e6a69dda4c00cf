import { formatUsdPrice } from "@/lib/format/numbers";

// Summaries are read, not parsed: three significant figures and spelled-out scales ("6.80 trillion") read fastest.

const scales: readonly [number, string][] = [
  [1e21, "sextillion"],
  [1e18, "quintillion"],
  [1e15, "quadrillion"],
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];

/** "6.80 trillion", "500 million", "950", "0.25". */
export function formatLargeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Round first, so 999,600 becomes "1.00 million" rather than "1.00e+3 thousand".
  const rounded = Number(value.toPrecision(3));
  const magnitude = Math.abs(rounded);
  const scale = scales.find(([size]) => magnitude >= size);
  if (scale === undefined) return magnitude >= 1 ? String(rounded) : String(Number(value.toPrecision(2)));
  const [size, name] = scale;
  if (magnitude >= size * 1000) return `${rounded.toPrecision(3)}`;
  return `${(rounded / size).toPrecision(3)} ${name}`;
}

/** "$500 million" for market caps. */
export function formatUsdAmount(value: number): string {
  return Math.abs(value) >= 1e3 ? `$${formatLargeNumber(value)}` : formatUsdPrice(value);
}

// Built once: constructing a NumberFormat costs far more than formatting with it.
const fourSignificant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

/** "$0.00007353", "$0.0001", "$1.50" for token prices; scale words once a price would need many digits. */
export function formatPriceUsd(value: number): string {
  if (value >= 1e6) return formatUsdAmount(value);
  if (value >= 1) return formatUsdPrice(value);
  return `$${fourSignificant.format(value)}`;
}

/** 0.01 → "1%", 0.005 → "0.5%", 0.02654 → "2.65%". */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

export function formatYears(years: number): string {
  const rounded = Number(years.toPrecision(3));
  return `${rounded} ${rounded === 1 ? "year" : "years"}`;
}
