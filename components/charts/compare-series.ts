import { addDays, dayToEpochMs, daysBetween } from "@/lib/days/utc-day";
import { maxDrawnPoints } from "./downsample-lttb";

export type DayValue = { day: string; value: number | null };
export type NamedSeries = { symbol: string; rows: DayValue[] };
export type CompareRow = { t: number; day: string } & Record<string, number | null | string>;

/** Each value as an index of the series' first known value in the range (= 100), so tokens priced $0.0001 and $30,000 share an axis. */
export function normalizeToIndex(rows: DayValue[]): DayValue[] {
  const base = rows.find((row) => row.value !== null && row.value > 0)?.value;
  if (base === undefined || base === null) return rows.map((row) => ({ day: row.day, value: null }));
  return rows.map((row) => ({ day: row.day, value: row.value === null ? null : (row.value / base) * 100 }));
}

/**
 * Several series on one grid of days, every `stride` days from the earliest first day, so that at most `budget` rows
 * are drawn and every token is sampled on the same days. A day a series lacks is null there: its line breaks.
 */
export function alignOnDayGrid(series: NamedSeries[], budget = maxDrawnPoints): { rows: CompareRow[]; stride: number } {
  const days = series.flatMap((entry) => entry.rows.filter((row) => row.value !== null).map((row) => row.day));
  if (days.length === 0) return { rows: [], stride: 1 };
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const span = daysBetween(first, last) + 1;
  const stride = Math.max(1, Math.ceil(span / budget));
  const lookups = series.map((entry) => new Map(entry.rows.map((row) => [row.day, row.value])));
  const rows: CompareRow[] = [];
  for (let offset = 0; offset < span; offset += stride) {
    const day = addDays(first, offset);
    const row: CompareRow = { t: dayToEpochMs(day), day };
    series.forEach((entry, index) => (row[entry.symbol] = lookups[index]?.get(day) ?? null));
    rows.push(row);
  }
  return { rows, stride };
}
