import { portableExp, portableLog1p } from "./portable-math";
import type { PriceAssumption } from "./price-assumption-schema";
import { DAYS_PER_YEAR } from "./scenario-limits";

/** Continuous yearly growth of the market cap the assumption implies: ln(1 + growthPerYear), or 0 when it holds still. */
export function computeLogGrowthPerYear(price: PriceAssumption): number {
  return price.kind === "growingMarketCap" ? portableLog1p(price.growthPerYear) : 0;
}

/**
 * Market cap `day` days after the start, growing at `logGrowthPerDay` plus an accumulated random `shock` (0 in
 * deterministic runs). Deterministic and Monte Carlo paths both go through here, so with no volatility they agree bit
 * for bit.
 */
export function computeCompoundedMarketCap(startMarketCapUsd: number, logGrowthPerDay: number, day: number, shock: number): number {
  return startMarketCapUsd * portableExp(day * logGrowthPerDay + shock);
}

/** Under a target price this is the market cap the target needs: target × supply. */
export function computeMarketCapOnDay(price: PriceAssumption, day: number, supply: number): number {
  if (price.kind === "targetPrice") return price.priceUsd * supply;
  return computeCompoundedMarketCap(price.marketCapUsd, computeLogGrowthPerYear(price) / DAYS_PER_YEAR, day, 0);
}

/** Price = market cap / supply; null once everything is burned, when no finite price exists. */
export function computePrice(price: PriceAssumption, marketCapUsd: number, supply: number): number | null {
  if (price.kind === "targetPrice") return price.priceUsd;
  return supply > 0 ? marketCapUsd / supply : null;
}
