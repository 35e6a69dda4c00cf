import { addDays } from "@/lib/days/utc-day";

export const changeWindows = [
  { key: "change24h", days: 1, label: "24 h" },
  { key: "change7d", days: 7, label: "7 d" },
  { key: "change30d", days: 30, label: "30 d" },
] as const;
export type ChangeKey = (typeof changeWindows)[number]["key"];
export type PriceChange = { share: number; fromDay: string; toDay: string } | null;

/**
 * The change of the latest stored price against the price stored exactly `days` earlier. When that day is missing
 * (a gap in the sources) the change is unknown: no neighbouring day is substituted.
 */
export function computePriceChanges(rows: { day: string; priceUsd: number }[]): Record<ChangeKey, PriceChange> {
  const byDay = new Map(rows.map((row) => [row.day, row.priceUsd]));
  const latest = rows.reduce<{ day: string; priceUsd: number } | null>((best, row) => (!best || row.day > best.day ? row : best), null);
  const result = {} as Record<ChangeKey, PriceChange>;
  for (const window of changeWindows) {
    const fromDay = latest ? addDays(latest.day, -window.days) : null;
    const before = fromDay ? byDay.get(fromDay) : undefined;
    result[window.key] = latest && fromDay && before !== undefined && before > 0 ? { share: latest.priceUsd / before - 1, fromDay, toDay: latest.day } : null;
  }
  return result;
}
