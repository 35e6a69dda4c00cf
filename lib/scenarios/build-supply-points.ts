import { createDayLabeller } from "./day-labels";
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
  const labelDay = createDayLabeller(startDay);
  // A plain loop into a preallocated array: a century of daily points is 36,500 objects, and this runs on every slider move.
  const points: SupplyPoint[] = new Array<SupplyPoint>(outputDays.length);
  let previous = 0;
  for (let index = 0; index < outputDays.length; index += 1) {
    const day = outputDays[index]!;
    let burned = 0;
    for (let inPeriod = previous + 1; inPeriod <= day; inPeriod += 1) burned += path.burned[inPeriod]!;
    const issued = path.issuancePerDay * (day - previous);
    previous = day;
    const supply = path.supply[day]!;
    const marketCapUsd = computeMarketCapOnDay(price, day, supply);
    points[index] = {
      day: labelDay(day),
      supply,
      burned,
      issued,
      cumulativeBurned: path.cumulativeBurned[day]!,
      marketCapUsd,
      priceUsd: computePrice(price, marketCapUsd, supply),
    };
  }
  return points;
}
