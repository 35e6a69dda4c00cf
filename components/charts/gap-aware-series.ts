import { dayToEpochMs, findMissingRanges, type DayRange } from "@/lib/days/utc-day";

export type ChartPoint = { t: number; day: string; value: number | null };
export type GapAwareSeries = { points: ChartPoint[]; gaps: DayRange[] };

/**
 * Daily values as chart points on a time axis, with one empty point at the start of every run of missing days:
 * the line breaks there instead of drawing a straight segment across days that have no data.
 */
export function toGapAwareSeries(rows: { day: string; value: number | null }[]): GapAwareSeries {
  const present = rows.filter((row): row is { day: string; value: number } => row.value !== null && Number.isFinite(row.value));
  const first = present[0];
  const last = present[present.length - 1];
  if (!first || !last) return { points: [], gaps: [] };
  const gaps = findMissingRanges(present.map((row) => row.day), first.day, last.day);
  const points: ChartPoint[] = [
    ...present.map((row) => ({ t: dayToEpochMs(row.day), day: row.day, value: row.value })),
    ...gaps.map((gap) => ({ t: dayToEpochMs(gap.from), day: gap.from, value: null })),
  ];
  points.sort((a, b) => a.t - b.t);
  return { points, gaps };
}

/** A log scale when values span three orders of magnitude or more (LUNC went from $116 to $0.00005). */
export function suggestScale(values: (number | null)[]): "log" | "linear" {
  const positive = values.filter((value): value is number => value !== null && value > 0);
  if (positive.length === 0) return "linear";
  let min = Infinity;
  let max = -Infinity;
  for (const value of positive) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return max / min >= 1000 ? "log" : "linear";
}
