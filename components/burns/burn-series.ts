import { addDays, dayToEpochMs, findMissingRanges, type DayRange } from "@/lib/days/utc-day";
import { bucketStart, resampleBurns, type Interval } from "@/lib/series/resample";
import type { ChartPoint } from "@/components/charts/gap-aware-series";

export type StoredBurn = { day: string; periodDays: number; amount: string; runningTotal: string };

/** Every day a row covers: a weekly figure covers its Monday and the six days after. */
function coveredDays(rows: StoredBurn[]): Set<string> {
  const days = new Set<string>();
  for (const row of rows) for (let offset = 0; offset < row.periodDays; offset++) days.add(addDays(row.day, offset));
  return days;
}

/**
 * The running total as chart points, breaking the line over days no row covers. A weekly row's total is drawn at
 * the last day of its week, the day by which it has been burned.
 */
export function toRunningTotalSeries(rows: StoredBurn[]): { points: ChartPoint[]; gaps: DayRange[] } {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return { points: [], gaps: [] };
  const gaps = findMissingRanges(coveredDays(rows), first.day, addDays(last.day, last.periodDays - 1));
  const points: ChartPoint[] = [
    ...rows.map((row) => {
      const day = addDays(row.day, row.periodDays - 1);
      return { t: dayToEpochMs(day), day, value: Number(row.runningTotal) };
    }),
    ...gaps.map((gap) => ({ t: dayToEpochMs(gap.from), day: gap.from, value: null })),
  ];
  points.sort((a, b) => a.t - b.t);
  return { points, gaps };
}

export type PeriodBar = { period: string; amount: number | null; exact: string | null; coveredDays: number };

function nextPeriod(period: string, interval: Interval): string {
  if (interval === "daily") return addDays(period, 1);
  if (interval === "weekly") return addDays(period, 7);
  return bucketStart(addDays(period, 31), "monthly");
}

/**
 * Burned per day, week or month, one bar per period from the first to the last, with an empty bar (null) for every
 * period no row covers. In the daily view a weekly figure is left out (it is not a day's burn) and its days are empty.
 * Only the last `maxBars` periods are kept.
 */
export function toPeriodBars(rows: StoredBurn[], interval: Interval, maxBars: number): PeriodBar[] {
  const usable = interval === "daily" ? rows.filter((row) => row.periodDays === 1) : rows;
  const buckets = new Map(resampleBurns(usable, interval).map((bucket) => [bucket.periodStart, bucket]));
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  if (!firstRow || !lastRow) return [];
  const bars: PeriodBar[] = [];
  const end = bucketStart(lastRow.day, interval);
  for (let period = bucketStart(firstRow.day, interval); period <= end; period = nextPeriod(period, interval)) {
    const bucket = buckets.get(period);
    bars.push({ period, amount: bucket ? Number(bucket.amount) : null, exact: bucket?.amount ?? null, coveredDays: bucket?.coveredDays ?? 0 });
  }
  return bars.slice(-maxBars);
}
