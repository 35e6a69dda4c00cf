import { addDays, daysBetween } from "@/lib/days/utc-day";

/** One stored burn row: `amount` burned over `periodDays` days starting on `day` (weekly rows start on their Monday). */
export type BurnPeriod = { day: string; periodDays: number; amount: number };

export type BurnRate = {
  /** Tokens per covered day; null when no row falls in the window. */
  perDay: number | null;
  /** The window asked for: `windowDays` days ending on `toDay`, the series' last covered day. */
  fromDay: string;
  toDay: string;
  windowDays: number;
  /** Days inside the window that some row covers: a weekly row counts as 7 days, a missing day as none. */
  coveredDays: number;
  totalBurned: number;
};

/** The last day a row covers: a weekly row starting on Monday covers through Sunday. */
export function lastCoveredDay(row: BurnPeriod): string {
  return addDays(row.day, Math.max(1, row.periodDays) - 1);
}

/**
 * The mean daily burn over the last `windowDays` days of a series, counted back from its last covered day: the
 * amounts inside the window divided by the days they cover. A row that straddles the window's start counts for the
 * share of its days inside the window (its amount spread evenly over them). Missing days count neither as burn nor as
 * days, so a gap does not pull the rate towards zero.
 */
export function computeBurnRate(rows: readonly BurnPeriod[], windowDays: number): BurnRate | null {
  if (rows.length === 0 || !(windowDays >= 1)) return null;
  const toDay = rows.map(lastCoveredDay).reduce((latest, day) => (day > latest ? day : latest));
  const fromDay = addDays(toDay, -(windowDays - 1));
  let coveredDays = 0;
  let totalBurned = 0;
  for (const row of rows) {
    const period = Math.max(1, row.periodDays);
    const rowEnd = lastCoveredDay(row);
    const start = row.day > fromDay ? row.day : fromDay;
    const end = rowEnd < toDay ? rowEnd : toDay;
    if (start > end) continue;
    const overlap = daysBetween(start, end) + 1;
    coveredDays += overlap;
    totalBurned += (row.amount * overlap) / period;
  }
  return { perDay: coveredDays > 0 ? totalBurned / coveredDays : null, fromDay, toDay, windowDays, coveredDays, totalBurned };
}

export type BatchCadence = {
  /** Mean size of the last `count` batches. */
  meanAmount: number;
  /** Mean days between consecutive batches among them, rounded to whole days; null with a single batch. */
  everyDays: number | null;
  count: number;
  fromDay: string;
  toDay: string;
};

/** Size and spacing of the most recent `count` batches (oldest-first or any order in; sorted here). */
export function computeBatchCadence(rows: readonly { day: string; amount: number }[], count = 6): BatchCadence | null {
  const recent = [...rows].sort((left, right) => (left.day < right.day ? -1 : left.day > right.day ? 1 : 0)).slice(-count);
  const first = recent[0];
  const last = recent.at(-1);
  if (first === undefined || last === undefined) return null;
  const meanAmount = recent.reduce((sum, row) => sum + row.amount, 0) / recent.length;
  const everyDays = recent.length > 1 ? Math.max(1, Math.round(daysBetween(first.day, last.day) / (recent.length - 1))) : null;
  return { meanAmount, everyDays, count: recent.length, fromDay: first.day, toDay: last.day };
}
