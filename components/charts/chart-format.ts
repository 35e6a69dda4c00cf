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

/** Tick positions on calendar boundaries (1 January, first of a month, or every few days), about `target` of them. */
export function timeTicks(firstT: number, lastT: number, target = 8): number[] {
  if (!(lastT > firstT)) return [firstT];
  const spanDays = (lastT - firstT) / msPerDay;
  const ticks: number[] = [];
  const start = new Date(firstT);
  if (spanDays > 730) {
    const years = spanDays / 365;
    const step = Math.max(1, Math.ceil(years / target));
    for (let year = start.getUTCFullYear() + 1; ; year += step) {
      const t = Date.UTC(year, 0, 1);
      if (t > lastT) break;
      ticks.push(t);
    }
  } else if (spanDays > 90) {
    const step = Math.max(1, Math.ceil(spanDays / 30 / target));
    for (let month = start.getUTCMonth() + 1; ; month += step) {
      const t = Date.UTC(start.getUTCFullYear(), month, 1);
      if (t > lastT) break;
      ticks.push(t);
    }
  } else {
    const step = Math.max(1, Math.ceil(spanDays / target));
    for (let t = firstT; t <= lastT; t += step * msPerDay) ticks.push(t);
  }
  return ticks;
}
