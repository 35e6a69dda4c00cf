import { dayToEpochMs } from "@/lib/days/utc-day";

export type MarketRow = { day: string; priceUsd: number; marketCapUsd: number | null; volumeUsd: number | null };

/**
 * CoinGecko's market-chart shape: [ms, value] pairs per series. Days whose market cap or volume is unknown are left
 * out of that series rather than answered as 0, so the three arrays may differ in length.
 */
export function toMarketChart(rows: MarketRow[]): { prices: [number, number][]; market_caps: [number, number][]; total_volumes: [number, number][] } {
  const pairs = (pick: (row: MarketRow) => number | null) =>
    rows.flatMap((row): [number, number][] => {
      const value = pick(row);
      return value === null ? [] : [[dayToEpochMs(row.day), value]];
    });
  return { prices: pairs((row) => row.priceUsd), market_caps: pairs((row) => row.marketCapUsd), total_volumes: pairs((row) => row.volumeUsd) };
}

/** /simple/price's entry for one coin, with the optional fields CoinGecko adds when asked. */
export function toSimplePrice(
  latest: MarketRow,
  previous: MarketRow | null,
  include: { marketCap: boolean; volume: boolean; change: boolean; lastUpdated: boolean },
): Record<string, number> {
  const entry: Record<string, number> = { usd: latest.priceUsd };
  if (include.marketCap && latest.marketCapUsd !== null) entry.usd_market_cap = latest.marketCapUsd;
  if (include.volume && latest.volumeUsd !== null) entry.usd_24h_vol = latest.volumeUsd;
  if (include.change && previous && previous.day < latest.day) entry.usd_24h_change = (latest.priceUsd / previous.priceUsd - 1) * 100;
  if (include.lastUpdated) entry.last_updated_at = dayToEpochMs(latest.day) / 1000;
  return entry;
}
