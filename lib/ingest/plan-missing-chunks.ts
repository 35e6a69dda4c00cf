import { addDays, assertUtcDay, findMissingRanges, type DayRange } from "@/lib/days/utc-day";

/**
 * The requests that fetch the days a series lacks in [from, to]: each starts on a missing day and spans at most
 * `maxDays` days, so scattered one-day gaps close together share a request and a long gap is split. Stored days that a
 * request happens to cover are read again (and only updated when their own source changed them).
 */
export function planMissingChunks(storedDays: Iterable<string>, from: string, to: string, maxDays: number): { chunks: DayRange[]; missingDays: number } {
  assertUtcDay(from);
  assertUtcDay(to);
  if (!Number.isInteger(maxDays) || maxDays < 1) throw new Error(`maxDays must be a whole number ≥ 1, not ${maxDays}`);
  if (from > to) return { chunks: [], missingDays: 0 };
  const missing = findMissingRanges(storedDays, from, to);
  const chunks: DayRange[] = [];
  let missingDays = 0;
  let coveredTo = "";
  for (const range of missing) {
    for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
      missingDays++;
      if (day <= coveredTo) continue;
      const end = addDays(day, maxDays - 1);
      coveredTo = end < to ? end : to;
      chunks.push({ from: day, to: coveredTo });
    }
  }
  return { chunks, missingDays };
}
