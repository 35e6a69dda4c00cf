import { z } from "zod";
import { dayToEpochMs, toUtcDay } from "@/lib/days/utc-day";
import type { SnapshotPricePoint } from "@/lib/snapshot/snapshot-format";

const msPerDay = 86_400_000;

/**
 * A point further than this from 00:00 UTC does not stand for that day: hourly answers always have one within about
 * 30 minutes and daily answers sit on 00:00, so a wider gap means missing data, and the day stays a gap.
 */
export const maxMidnightOffsetMs = 3 * 60 * 60 * 1000;

const pairSchema = z.tuple([z.number(), z.number().nullable()]);

/** `/coins/{id}/market_chart/range`: each series is `[[epoch ms, value | null], …]`. */
export const coingeckoMarketChartSchema = z.object({
  prices: z.array(pairSchema),
  market_caps: z.array(pairSchema),
  total_volumes: z.array(pairSchema),
});
export type CoingeckoMarketChart = z.infer<typeof coingeckoMarketChartSchema>;

type Pair = readonly [number, number | null];

/** For each day in [fromDay, toDay], the accepted value whose timestamp is nearest that day's 00:00 UTC. */
export function pickNearestMidnightValues(pairs: readonly Pair[], fromDay: string, toDay: string, accept: (value: number) => boolean): Map<string, number> {
  const fromMs = dayToEpochMs(fromDay);
  const toMs = dayToEpochMs(toDay);
  const best = new Map<number, { offset: number; value: number }>();
  for (const [timestamp, value] of pairs) {
    if (value === null || !accept(value)) continue;
    const midnight = Math.round(timestamp / msPerDay) * msPerDay;
    const offset = Math.abs(timestamp - midnight);
    if (midnight < fromMs || midnight > toMs || offset > maxMidnightOffsetMs) continue;
    const current = best.get(midnight);
    if (current === undefined || offset < current.offset) best.set(midnight, { offset, value });
  }
  return new Map([...best].sort(([a], [b]) => a - b).map(([midnight, { value }]) => [toUtcDay(new Date(midnight)), value]));
}

/**
 * One point per UTC day from a market chart of any granularity. A day without a usable price is left out (a gap, not
 * an interpolation); CoinGecko's market cap 0 means "unknown" and becomes null.
 */
export function reshapeMarketChartToDailyPoints(chart: CoingeckoMarketChart, fromDay: string, toDay: string): SnapshotPricePoint[] {
  const prices = pickNearestMidnightValues(chart.prices, fromDay, toDay, (value) => value > 0 && Number.isFinite(value));
  const marketCaps = pickNearestMidnightValues(chart.market_caps, fromDay, toDay, (value) => value >= 0);
  const volumes = pickNearestMidnightValues(chart.total_volumes, fromDay, toDay, (value) => value >= 0);
  return [...prices].map(([day, priceUsd]) => {
    const marketCap = marketCaps.get(day);
    return { day, priceUsd, marketCapUsd: marketCap !== undefined && marketCap > 0 ? marketCap : null, volumeUsd: volumes.get(day) ?? null };
  });
}
