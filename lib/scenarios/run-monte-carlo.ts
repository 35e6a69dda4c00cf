import { compileDailySchedule } from "./daily-schedule";
import { createDayLabeller } from "./day-labels";
import { computeCompoundedMarketCap, computeLogGrowthPerYear } from "./market-cap-path";
import type { MonteCarloSettings } from "./monte-carlo-settings-schema";
import { listOutputDays } from "./output-days";
import { computePercentileBands, type PercentileBands } from "./percentile-bands";
import type { ScenarioInput } from "./scenario-input-schema";
import { DAYS_PER_YEAR, MAX_MONTE_CARLO_PATHS, MAX_MONTE_CARLO_STEPS } from "./scenario-limits";
import { portableExp } from "./portable-math";
import { SeededNormalStream } from "./ziggurat-normal";

/** Price bands hold null where a percentile's paths have burned all supply, leaving no finite price. */
export type NullablePercentileBands = { [Band in keyof PercentileBands]: number | null };

/** Percentiles across paths, taken separately for each quantity: the median price need not come from the median supply. */
export type MonteCarloPoint = {
  day: string;
  supply: PercentileBands;
  cumulativeBurned: PercentileBands;
  marketCapUsd: PercentileBands;
  priceUsd: NullablePercentileBands;
};

export type MonteCarloResult = {
  paths: number;
  seed: number;
  /** μ used for the market cap, null under a target-price assumption (the market cap is then target × supply). */
  marketCapDriftPerYear: number | null;
  /** Monthly: the last day of each month, and the horizon's last day. */
  points: MonteCarloPoint[];
};

// JSON has no Infinity; a path with all supply burned has no finite price, which null says plainly.
function replaceInfinitiesWithNull(bands: PercentileBands): NullablePercentileBands {
  const nullIfInfinite = (value: number) => (Number.isFinite(value) ? value : null);
  return { p5: nullIfInfinite(bands.p5), p25: nullIfInfinite(bands.p25), p50: nullIfInfinite(bands.p50), p75: nullIfInfinite(bands.p75), p95: nullIfInfinite(bands.p95) };
}

/**
 * Simulates `settings.paths` daily paths. Market cap follows geometric Brownian motion,
 * M_t = M_0 · exp((μ − σ²/2) t + σ W_t), so its mean is M_0 e^{μt}; each day's fixed-daily and tax burns are scaled by
 * exp(s Z − s²/2), a log-normal factor with mean 1. Scheduled and proportional burns stay as stated.
 * Paths run one after another from one seeded stream of ziggurat normals (each path: its daily burn factors, then
 * one market-cap draw per output date), so a seed always gives the same bands. They come in antithetic pairs: the
 * second path of a pair takes the first's draws negated. Each path still follows the stated processes; a pair
 * costs one set of draws, and the bands of symmetric noise settle with fewer paths.
 */
export function runMonteCarlo(input: ScenarioInput, settings: MonteCarloSettings): MonteCarloResult {
  const { paths, seed } = settings;
  const horizonDays = input.horizonDays;
  if (paths < 1 || paths > MAX_MONTE_CARLO_PATHS || paths * horizonDays > MAX_MONTE_CARLO_STEPS) {
    throw new RangeError(`A Monte Carlo run may have 1 to ${MAX_MONTE_CARLO_PATHS} paths and ${MAX_MONTE_CARLO_STEPS} daily steps.`);
  }
  const schedule = compileDailySchedule(input);
  const outputDays = listOutputDays(input.startDay, horizonDays, "monthly");
  const outputCount = outputDays.length;
  // One row per output date, one column per path: the percentiles are selected from each row on its own.
  const supplyOut = new Float64Array(outputCount * paths);
  const burnedOut = new Float64Array(outputCount * paths);
  const marketCapOut = new Float64Array(outputCount * paths);
  const priceOut = new Float64Array(outputCount * paths);

  const price = input.price;
  const followsMarketCap = price.kind !== "targetPrice";
  const startMarketCap = followsMarketCap ? price.marketCapUsd : 0;
  const targetPrice = followsMarketCap ? 0 : price.priceUsd;
  const marketCapVolatility = followsMarketCap ? settings.marketCap.volatilityPerYear : 0;
  // Without a stated drift, the median path follows the price assumption, so the deterministic line runs through the
  // middle of the bands; the mean then sits above it by e^{σ²t/2}.
  const drift = settings.marketCap.driftPerYear ?? computeLogGrowthPerYear(price) + (marketCapVolatility * marketCapVolatility) / 2;
  const logGrowthPerDay = (drift - (marketCapVolatility * marketCapVolatility) / 2) / DAYS_PER_YEAR;
  const volatilityPerDay = marketCapVolatility / Math.sqrt(DAYS_PER_YEAR);
  const burnSpread = schedule.flowPerDay > 0 ? settings.burnVolume.volatilityPerDay : 0;
  // The mirror of a factor e^(sZ − s²/2) is e^(−sZ − s²/2) = e^(−s²) / factor.
  const mirrorScale = portableExp(-burnSpread * burnSpread);
  const { issuancePerDay, keptFractionPerDay, flowPerDay, scheduledByDay } = schedule;

  const stream = new SeededNormalStream(seed);
  // factors[day] scales day `day`'s flow; index 0 (the start day) is never read.
  const drawnFactors = new Float64Array(horizonDays + 1).fill(1);
  const mirroredFactors = new Float64Array(horizonDays + 1).fill(1);
  const marketCapDraws = new Float64Array(outputCount);
  for (let path = 0; path < paths; path += 1) {
    const mirrored = path % 2 === 1;
    // Draws are skipped, not zeroed, when a process is still: no volatility then means exactly the deterministic path.
    if (burnSpread > 0) {
      if (mirrored) for (let day = 1; day <= horizonDays; day += 1) mirroredFactors[day] = mirrorScale / drawnFactors[day]!;
      else stream.fillLogNormalFactors(drawnFactors.subarray(1), horizonDays, burnSpread);
    }
    const factors = mirrored ? mirroredFactors : drawnFactors;
    let supply = input.startingSupply;
    let cumulative = 0;
    let shock = 0;
    let previousOutputDay = 0;
    for (let row = 0; row < outputCount; row += 1) {
      const outputDay = outputDays[row]!;
      for (let day = previousOutputDay + 1; day <= outputDay; day += 1) {
        // advanceDay written out with the schedule in locals (the hot loop: paths × days); the same expression, so
        // with no volatility a path equals the deterministic one bit for bit, as a test checks.
        const remaining = supply * keptFractionPerDay + issuancePerDay - (flowPerDay * factors[day]! + scheduledByDay[day]!);
        const next = remaining > 0 ? remaining : 0;
        cumulative += supply + issuancePerDay - next;
        supply = next;
      }
      // Market cap never feeds back into supply, so it is drawn only here, with the exact Brownian increment over
      // the whole period: the same distribution at each output date as daily steps, for a thirtieth of the draws.
      if (volatilityPerDay > 0) {
        if (!mirrored) marketCapDraws[row] = stream.nextNormal();
        shock += volatilityPerDay * Math.sqrt(outputDay - previousOutputDay) * (mirrored ? -marketCapDraws[row]! : marketCapDraws[row]!);
      }
      previousOutputDay = outputDay;
      const cell = row * paths + path;
      const marketCap = followsMarketCap ? computeCompoundedMarketCap(startMarketCap, logGrowthPerDay, outputDay, shock) : targetPrice * supply;
      supplyOut[cell] = supply;
      burnedOut[cell] = cumulative;
      marketCapOut[cell] = marketCap;
      priceOut[cell] = followsMarketCap ? (supply > 0 ? marketCap / supply : Infinity) : targetPrice;
    }
  }

  const labelDay = createDayLabeller(input.startDay);
  const points = outputDays.map((day, row): MonteCarloPoint => {
    const readRow = (values: Float64Array) => values.subarray(row * paths, (row + 1) * paths);
    return {
      day: labelDay(day),
      supply: computePercentileBands(readRow(supplyOut)),
      cumulativeBurned: computePercentileBands(readRow(burnedOut)),
      marketCapUsd: computePercentileBands(readRow(marketCapOut)),
      priceUsd: replaceInfinitiesWithNull(computePercentileBands(readRow(priceOut))),
    };
  });
  return { paths, seed, marketCapDriftPerYear: followsMarketCap ? drift : null, points };
}
