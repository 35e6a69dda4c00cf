import { addDays, countDays, findMissingRanges, type DayRange } from "@/lib/days/utc-day";

/** Burn kinds that are events (a batch, a one-off), not a daily series: a day without one is not a gap. */
export const eventBurnKinds: readonly string[] = ["exchange_batch", "one_off"];

/** The coverage page's series name ("prices", "supply", "burns:tax") as an ingest run names it ("lunc.burns.tax"). */
export function toIngestSeriesKey(token: string, series: string): string {
  return `${token.toLowerCase()}.${series.replace(":", ".")}`;
}

/** Every day the stored rows stand for: a weekly figure (periodDays 7) covers its day and the six after it. */
export function expandCoveredDays(rows: readonly { day: string; periodDays?: number }[]): Set<string> {
  const days = new Set<string>();
  for (const row of rows) for (let offset = 0; offset < (row.periodDays ?? 1); offset++) days.add(addDays(row.day, offset));
  return days;
}

/** The days in [from, to] a series lacks from every source, or null for event series, where gaps mean nothing. */
export function describeSeriesGaps(series: string, covered: ReadonlySet<string>, from: string, to: string): { missingDays: number; missingRanges: DayRange[] } | null {
  if (series.startsWith("burns:") && eventBurnKinds.includes(series.slice("burns:".length))) return null;
  if (!from || !to || from > to) return { missingDays: 0, missingRanges: [] };
  const missingRanges = findMissingRanges(covered, from, to);
  return { missingDays: countDays(missingRanges), missingRanges };
}
