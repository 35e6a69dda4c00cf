import { addDays } from "@/lib/days/utc-day";
import { estimateGbmParameters, estimateLogNormalSpread, type DailyObservation } from "./estimate-gbm-parameters";

/** How much stored history the Monte Carlo parameters rest on: the last year of each series. */
export const FIT_WINDOW_DAYS = 365;

export type FittedMarketCap = { driftPerYear: number; volatilityPerYear: number; observations: number; fromDay: string; toDay: string };
export type FittedBurnVolume = { volatilityPerDay: number; meanPerDay: number; observations: number; fromDay: string; toDay: string };
export type FittedProcesses = { marketCap: FittedMarketCap | null; burnVolume: FittedBurnVolume | null };

/** The observations within `windowDays` days up to the last one (inclusive), oldest first. */
export function selectLastWindow(values: readonly DailyObservation[], windowDays: number): DailyObservation[] {
  const sorted = [...values].sort((left, right) => (left.day < right.day ? -1 : left.day > right.day ? 1 : 0));
  const last = sorted.at(-1);
  if (last === undefined) return [];
  const from = addDays(last.day, -(windowDays - 1));
  return sorted.filter((value) => value.day >= from);
}

/**
 * The Monte Carlo processes fitted to stored history: geometric Brownian motion for the market cap from the daily log
 * returns of the last year of market caps, and the log-spread of daily burn volume from the last year of daily burn
 * totals (weekly figures say nothing about day-to-day spread, so callers pass daily rows only). Null where a series has
 * too little data.
 */
export function fitScenarioProcesses(history: { marketCaps: readonly DailyObservation[]; dailyBurns: readonly DailyObservation[] }, windowDays = FIT_WINDOW_DAYS): FittedProcesses {
  const marketCaps = selectLastWindow(history.marketCaps, windowDays);
  const gbm = estimateGbmParameters(marketCaps);
  const burns = selectLastWindow(history.dailyBurns, windowDays);
  const spread = estimateLogNormalSpread(burns);
  return {
    marketCap: gbm === null ? null : { ...gbm, fromDay: marketCaps[0]!.day, toDay: marketCaps.at(-1)!.day },
    burnVolume: spread === null ? null : { volatilityPerDay: spread.volatilityPerDay, meanPerDay: spread.meanValue, observations: spread.observations, fromDay: burns[0]!.day, toDay: burns.at(-1)!.day },
  };
}
