import { addDays } from "@/lib/days/utc-day";
import { computeMarketCapOnDay, computePrice } from "./market-cap-path";
import type { PriceAssumption } from "./price-assumption-schema";
import type { DailySupplyPath } from "./simulate-supply";

/** One reported date. `burned` and `issued` cover the days since the previous point (or since the start day). */
export type SupplyPoint = {
  day: string;
  supply: number;
  burned: number;
  issued: number;
  cumulativeBurned: number;
  /** Under a target-price assumption, the market cap that price needs: target × supply. */
  marketCapUsd: number;
  /** Null once all supply is burned. */
  priceUsd: number | null;
};

export function buildSupplyPoints(path: DailySupplyPath, startDay: string, outputDays: readonly number[], price: PriceAssumption): SupplyPoint[] {
  let previous = 0;
  return outputDays.map((day) => {
    let burned = 0;
    for (let inPeriod = previous + 1; inPeriod <= day; inPeriod += 1) burned += path.burned[inPeriod]!;
    const issued = path.issuancePerDay * (day - previous);
    previous = day;
    const supply = path.supply[day]!;
    const marketCapUsd = computeMarketCapOnDay(price, day, supply);
    return {
      day: addDays(startDay, day),
      supply,
      burned,
      issued,
      cumulativeBurned: path.cumulativeBurned[day]!,
      marketCapUsd,
      priceUsd: computePrice(price, marketCapUsd, supply),
    };
  });
}
