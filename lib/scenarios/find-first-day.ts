import { computeMarketCapOnDay, computePrice } from "./market-cap-path";
import type { PriceAssumption } from "./price-assumption-schema";
import type { DailySupplyPath } from "./simulate-supply";

/** The first day offset (0 = start day) on which supply is at or below `level`, or null if not within the path. */
export function findFirstDaySupplyAtOrBelow(path: DailySupplyPath, level: number): number | null {
  for (let day = 0; day < path.supply.length; day += 1) {
    if (path.supply[day]! <= level) return day;
  }
  return null;
}

/**
 * The first day offset on which the price is at or above `targetPriceUsd`, or null. A day with all supply burned
 * counts as reached: under a market-cap assumption the price grows without bound as supply goes to zero.
 */
export function findFirstDayPriceAtOrAbove(price: PriceAssumption, path: DailySupplyPath, targetPriceUsd: number): number | null {
  for (let day = 0; day < path.supply.length; day += 1) {
    const supply = path.supply[day]!;
    const dayPrice = computePrice(price, computeMarketCapOnDay(price, day, supply), supply);
    if (dayPrice === null || dayPrice >= targetPriceUsd) return day;
  }
  return null;
}
