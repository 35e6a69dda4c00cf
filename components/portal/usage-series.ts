import { addDays } from "@/lib/days/utc-day";

export type UsageRowLike = { day: string; status: number; inGrace: boolean; count: number };

/** One UTC day of a key's requests: by status class, plus how many of them came while the key was in grace. */
export type UsageDay = { day: string; ok: number; clientError: number; serverError: number; duringGrace: number; total: number };

// The API answers 2xx, 4xx or 5xx only; anything below 400 is counted with the successes rather than dropped.
export function statusClassOf(status: number): "ok" | "clientError" | "serverError" {
  if (status >= 500) return "serverError";
  if (status >= 400) return "clientError";
  return "ok";
}

/** `days` consecutive days ending with `lastDay`, oldest first, zero where there were no requests (the chart's x axis). */
export function buildUsageSeries(rows: readonly UsageRowLike[], lastDay: string, days: number): UsageDay[] {
  const firstDay = addDays(lastDay, -(days - 1));
  const series: UsageDay[] = Array.from({ length: days }, (_, index) => ({ day: addDays(firstDay, index), ok: 0, clientError: 0, serverError: 0, duringGrace: 0, total: 0 }));
  const byDay = new Map(series.map((entry) => [entry.day, entry]));
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    entry[statusClassOf(row.status)] += row.count;
    if (row.inGrace) entry.duringGrace += row.count;
    entry.total += row.count;
  }
  return series;
}

/** Requests per key over the rows given (the portal's "requests in 30 days" column). */
export function totalsByKey(rows: readonly (UsageRowLike & { keyId: string })[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const row of rows) totals[row.keyId] = (totals[row.keyId] ?? 0) + row.count;
  return totals;
}
