import { addDays, daysBetween } from "@/lib/days/utc-day";
import { buildSupplyPoints, type SupplyPoint } from "./build-supply-points";
import { findFirstDaySupplyAtOrBelow } from "./find-first-day";
import { computeMarketCapOnDay } from "./market-cap-path";
import { listOutputDays } from "./output-days";
import { runMonteCarlo, type MonteCarloResult } from "./run-monte-carlo";
import type { ScenarioInput } from "./scenario-input-schema";
import { solveDailyBurnForPrice, type DailyBurnAnswer } from "./solve-daily-burn";
import { solveYearsToPrice, type PriceReached } from "./solve-years-to-price";
import { simulateDailySupply, type DailySupplyPath } from "./simulate-supply";

export type SupplyTargetResult = { level: number; reachedOn: string | null };

export type PriceGoalResult = {
  priceUsd: number;
  /** When the scenario as given reaches the price, or null if not within the horizon. */
  reached: PriceReached | null;
  /** The constant daily burn (replacing the scenario's burns) that reaches the price on `byDay`; null without `byDay` or under a target-price assumption. */
  dailyBurnNeeded: DailyBurnAnswer | null;
};

export type ScenarioResult = {
  input: ScenarioInput;
  endDay: string;
  path: SupplyPoint[];
  supplyTarget: SupplyTargetResult | null;
  priceGoal: PriceGoalResult | null;
  monteCarlo: MonteCarloResult | null;
};

function answerPriceGoal(input: ScenarioInput, daily: DailySupplyPath): PriceGoalResult | null {
  const goal = input.priceGoal;
  if (goal === undefined) return null;
  const price = input.price;
  return {
    priceUsd: goal.priceUsd,
    reached: solveYearsToPrice(input, goal.priceUsd, daily),
    dailyBurnNeeded:
      goal.byDay !== undefined && price.kind !== "targetPrice"
        ? solveDailyBurnForPrice({
            startingSupply: input.startingSupply,
            startDay: input.startDay,
            targetDay: goal.byDay,
            targetPriceUsd: goal.priceUsd,
            // The market cap does not depend on supply under a market-cap assumption, so any supply will do.
            marketCapUsd: computeMarketCapOnDay(price, daysBetween(input.startDay, goal.byDay), 1),
            issuancePerDay: daily.issuancePerDay,
          })
        : null,
  };
}

/** Runs a parsed scenario: the deterministic path at the chosen resolution, the answers it asks for, and Monte Carlo bands if requested. */
export function simulateScenario(input: ScenarioInput): ScenarioResult {
  const daily = simulateDailySupply(input);
  const supplyTargetDay = input.supplyTarget === undefined ? null : findFirstDaySupplyAtOrBelow(daily, input.supplyTarget);
  return {
    input,
    endDay: addDays(input.startDay, input.horizonDays),
    path: buildSupplyPoints(daily, input.startDay, listOutputDays(input.startDay, input.horizonDays, input.resolution), input.price),
    supplyTarget: input.supplyTarget === undefined ? null : { level: input.supplyTarget, reachedOn: supplyTargetDay === null ? null : addDays(input.startDay, supplyTargetDay) },
    priceGoal: answerPriceGoal(input, daily),
    monteCarlo: input.monteCarlo === undefined ? null : runMonteCarlo(input, input.monteCarlo),
  };
}
