import { addDays, isoWeekday } from "@/lib/days/utc-day";
import { addDecimalStrings } from "@/lib/numbers/decimal";

export const intervals = ["daily", "weekly", "monthly"] as const;
export type Interval = (typeof intervals)[number];

/** The first day of the bucket a day falls in: itself, its ISO week's Monday, or its month's first day. */
export function bucketStart(day: string, interval: Interval): string {
  if (interval === "daily") return day;
  if (interval === "weekly") return addDays(day, 1 - isoWeekday(day));
  return `${day.slice(0, 7)}-01`;
}

function groupByBucket<T extends { day: string }>(rows: T[], interval: Interval): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const start = bucketStart(row.day, interval);
    const group = groups.get(start);
    if (group) group.push(row);
    else groups.set(start, [row]);
  }
  return [...groups.entries()];
}

/**
 * Point-in-time series (prices, supply): each bucket keeps its last stored day, as a close would.
 * `period_start` tells which bucket it stands for; the point's own day stays its `day`.
 */
export function resampleLast<T extends { day: string }>(rows: T[], interval: Interval): (T & { periodStart: string })[] {
  return groupByBucket(rows, interval).map(([periodStart, group]) => ({ ...(group[group.length - 1] as T), periodStart }));
}

export type BurnRowLike = { day: string; periodDays: number; amount: string; runningTotal: string };

/**
 * Burns: each bucket sums its amounts exactly and keeps the running total at its last row. A weekly figure counts in
 * the bucket where its week starts (weekly figures start on Mondays, so weekly buckets hold them whole).
 */
export function resampleBurns<T extends BurnRowLike>(rows: T[], interval: Interval): { periodStart: string; day: string; amount: string; runningTotal: string; rows: number; coveredDays: number }[] {
  return groupByBucket(rows, interval).map(([periodStart, group]) => {
    const last = group[group.length - 1] as T;
    return {
      periodStart,
      day: last.day,
      amount: group.reduce((total, row) => addDecimalStrings(total, row.amount), "0"),
      runningTotal: last.runningTotal,
      rows: group.length,
      coveredDays: group.reduce((total, row) => total + row.periodDays, 0),
    };
  });
}
