import type { ChartMetric } from "./chart-state";

/** Every digit the store holds: JavaScript's shortest form that reads back as the same double, with thousands grouped. */
export function formatFullPrecision(value: number): string {
  const text = String(value);
  if (/e/i.test(text)) return text;
  const [whole = "", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export function metricUnit(metric: ChartMetric, symbol: string, normalized: boolean): string {
  if (normalized) return "index (first day in range = 100)";
  return metric === "supply" ? symbol : "USD";
}

export function formatWithUnit(value: number, unit: string): string {
  return unit === "USD" ? `$${formatFullPrecision(value)}` : `${formatFullPrecision(value)} ${unit.startsWith("index") ? "" : unit}`.trim();
}

const msPerDay = 86_400_000;

/** Date labels that suit the span shown: years over a long history, months over a year, days over weeks. */
export function timeTickFormatter(firstT: number, lastT: number): (t: number) => string {
  const spanDays = (lastT - firstT) / msPerDay;
  const cut = spanDays > 730 ? 4 : spanDays > 90 ? 7 : 10;
  return (t: number) => new Date(t).toISOString().slice(spanDays > 90 ? 0 : 5, cut === 10 ? 10 : cut);
}
