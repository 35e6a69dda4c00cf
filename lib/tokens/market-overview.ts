import "server-only";
import { findLatestBurnTotal } from "@/lib/burns/queries";
import { addDays } from "@/lib/days/utc-day";
import { getPriceHistoryBetween } from "@/lib/prices/queries";
import { findLatestSupply } from "@/lib/supply/queries";
import { computePriceChanges, type ChangeKey, type PriceChange } from "./price-changes";
import { listTokensByRank, summarizeToken } from "./queries";

export type MarketRow = {
  rank: number;
  symbol: string;
  name: string;
  price: { usd: number; day: string } | null;
  changes: Record<ChangeKey, PriceChange>;
  marketCap: { usd: number; day: string } | null;
  supply: { amount: string; day: string; kind: "circulating" | "total" } | null;
  burned: { amount: string; day: string } | null;
  /** The stored prices of the 30 days up to the latest one (missing days left out: the sparkline breaks there). */
  sparkline: { day: string; price: number }[];
};

/** The home page's market table: every figure straight from the store, each with the day it is as of. */
export async function listMarketRows(): Promise<MarketRow[]> {
  const tokens = await listTokensByRank();
  return Promise.all(
    tokens.map(async (token, index) => {
      const [summary, supply, burned] = await Promise.all([summarizeToken(token), findLatestSupply(token.id), findLatestBurnTotal(token.id)]);
      const latestDay = summary.latestPrice?.day;
      const recent = latestDay ? await getPriceHistoryBetween(token.id, addDays(latestDay, -30), latestDay) : [];
      const supplyAmount = supply ? (supply.circulating ?? supply.total) : null;
      return {
        rank: index + 1,
        symbol: token.symbol,
        name: token.name,
        price: summary.latestPrice ? { usd: summary.latestPrice.priceUsd, day: summary.latestPrice.day } : null,
        changes: computePriceChanges(recent),
        marketCap: summary.latestMarketCap ? { usd: summary.latestMarketCap.marketCapUsd, day: summary.latestMarketCap.day } : null,
        supply: supply && supplyAmount ? { amount: supplyAmount, day: supply.day, kind: supply.circulating ? "circulating" : "total" } : null,
        burned: burned?.runningTotal ? { amount: burned.runningTotal, day: burned.day } : null,
        sparkline: recent.map((row) => ({ day: row.day, price: row.priceUsd })),
      };
    }),
  );
}
