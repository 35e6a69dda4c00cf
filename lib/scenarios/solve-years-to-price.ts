import { addDays } from "@/lib/days/utc-day";
import { findFirstDayPriceAtOrAbove } from "./find-first-day";
import type { ScenarioInput } from "./scenario-input-schema";
import { DAYS_PER_YEAR } from "./scenario-limits";
import { simulateDailySupply, type DailySupplyPath } from "./simulate-supply";

export type PriceReached = {
  day: string;
  days: number;
  /** Days / 365. */
  years: number;
};

/**
 * How long the scenario's burns, issuance and price assumption take to lift the price to `targetPriceUsd`: the first
 * day (checked daily, whatever the output resolution) with price at or above it, or null if not within the horizon.
 * Pass `path` when the scenario has already been simulated.
 */
export function solveYearsToPrice(input: ScenarioInput, targetPriceUsd: number, path: DailySupplyPath = simulateDailySupply(input)): PriceReached | null {
  const days = findFirstDayPriceAtOrAbove(input.price, path, targetPriceUsd);
  if (days === null) return null;
  return { day: addDays(input.startDay, days), days, years: days / DAYS_PER_YEAR };
}
