import { addDays, assertUtcDay, type DayRange } from "@/lib/days/utc-day";

export type CoingeckoPlan = "demo" | "pro" | "public";

/**
 * Days per request. CoinGecko picks the granularity from the span: up to 90 days it answers about hourly, above that
 * daily at 00:00 UTC. Keeping every chunk within 90 days means every request (the short last one included) comes back
 * hourly, so each day is read the same way (the point nearest 00:00) whatever the chunking; a daily answer would also
 * work, but only for chunks longer than 90 days, and the trailing chunk would switch granularity.
 */
export const coingeckoChunkDays = 90;

/** The keyless and Demo plans serve only the last 365 days (today included); Pro reaches back to each coin's start. */
export const coingeckoFreeHistoryDays = 365;

export type CoingeckoChunkPlan = { chunks: DayRange[]; notes: string[] };

export function findEarliestFetchableDay(plan: CoingeckoPlan, today: string): string | null {
  return plan === "pro" ? null : addDays(today, -(coingeckoFreeHistoryDays - 1));
}

/**
 * Splits [fromDay, toDay] into requests of at most 90 days, oldest first, clamped to what the plan can fetch: days
 * before the plan's window and days after today are left out, each with a note saying so (never silently).
 */
export function planCoingeckoChunks(fromDay: string, toDay: string, plan: CoingeckoPlan, today: string): CoingeckoChunkPlan {
  assertUtcDay(fromDay);
  assertUtcDay(toDay);
  assertUtcDay(today);
  if (fromDay > toDay) throw new Error(`The range starts (${fromDay}) after it ends (${toDay})`);
  const notes: string[] = [];
  let from = fromDay;
  let to = toDay;
  if (to > today) {
    notes.push(`days after ${today} are in the future and were not requested`);
    to = today;
  }
  const earliest = findEarliestFetchableDay(plan, today);
  if (earliest !== null && from < earliest) {
    notes.push(`days before ${earliest} cannot be fetched on this plan (${plan}: only the last ${coingeckoFreeHistoryDays} days)`);
    from = earliest;
  }
  const chunks: DayRange[] = [];
  for (let start = from; start <= to; start = addDays(start, coingeckoChunkDays)) {
    const end = addDays(start, coingeckoChunkDays - 1);
    chunks.push({ from: start, to: end < to ? end : to });
  }
  return { chunks, notes };
}
