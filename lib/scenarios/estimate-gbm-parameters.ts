import { daysBetween } from "@/lib/days/utc-day";
import { DAYS_PER_YEAR } from "./scenario-limits";

export type DailyObservation = { day: string; value: number };

export type GbmParameters = {
  /** μ per year: the expected value grows by e^μ a year. */
  driftPerYear: number;
  /** σ per year. */
  volatilityPerYear: number;
  /** Daily log returns the estimate rests on. */
  observations: number;
};

export type LogNormalSpread = {
  /** Standard deviation of ln(value) across days: the `volatilityPerDay` of Monte Carlo burn volume. */
  volatilityPerDay: number;
  meanValue: number;
  observations: number;
};

function computeMeanAndSampleVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

/**
 * μ and σ of geometric Brownian motion from a daily history (market caps, say), annualised over 365-day years.
 * Only returns between consecutive calendar days count: a gap would pass several days' movement off as one day's,
 * inflating σ. Non-positive values have no logarithm and break the run like a gap. Needs two returns, else null.
 */
export function estimateGbmParameters(values: readonly DailyObservation[]): GbmParameters | null {
  const sorted = [...values].sort((left, right) => (left.day < right.day ? -1 : left.day > right.day ? 1 : 0));
  const logReturns: number[] = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1]!;
    const current = sorted[index]!;
    if (previous.value > 0 && current.value > 0 && daysBetween(previous.day, current.day) === 1) {
      logReturns.push(Math.log(current.value / previous.value));
    }
  }
  if (logReturns.length < 2) return null;
  const { mean, variance } = computeMeanAndSampleVariance(logReturns);
  // Log returns have mean (μ − σ²/2) per year; adding σ²/2 back gives μ, the drift of the expected value.
  return { driftPerYear: mean * DAYS_PER_YEAR + (variance * DAYS_PER_YEAR) / 2, volatilityPerYear: Math.sqrt(variance * DAYS_PER_YEAR), observations: logReturns.length };
}

/**
 * The spread of daily burn volume around its typical level, for log-normal day-to-day variation. Days are independent
 * draws here, not a walk, so order and gaps don't matter; zero-burn days have no logarithm and are left out. Needs two
 * positive days, else null.
 */
export function estimateLogNormalSpread(values: readonly DailyObservation[]): LogNormalSpread | null {
  const positive = values.map((observation) => observation.value).filter((value) => value > 0);
  if (positive.length < 2) return null;
  const { variance } = computeMeanAndSampleVariance(positive.map(Math.log));
  const meanValue = positive.reduce((sum, value) => sum + value, 0) / positive.length;
  return { volatilityPerDay: Math.sqrt(variance), meanValue, observations: positive.length };
}
