import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/days/utc-day";
import { buildSupplyPoints } from "./build-supply-points";
import { exampleScenarioInput } from "./example-scenario-input";
import { monteCarloSettingsSchema, type MonteCarloSettings } from "./monte-carlo-settings-schema";
import { listOutputDays } from "./output-days";
import type { PercentileBands } from "./percentile-bands";
import { runMonteCarlo, type NullablePercentileBands } from "./run-monte-carlo";
import type { BurnStream } from "./burn-stream-schema";
import { computeMarketCapOnDay } from "./market-cap-path";
import { buildBurnStreamArbitrary, buildScenarioInputArbitrary } from "./scenario-arbitraries";
import { scenarioInputSchema } from "./scenario-input-schema";
import { simulateDailySupply } from "./simulate-supply";

const settingsArbitrary: fc.Arbitrary<MonteCarloSettings> = fc
  .record({
    paths: fc.integer({ min: 1, max: 40 }),
    seed: fc.integer({ min: 0, max: 4_294_967_295 }),
    marketCap: fc.record({ volatilityPerYear: fc.double({ min: 0, max: 3, noNaN: true }) }),
    burnVolume: fc.record({ volatilityPerDay: fc.double({ min: 0, max: 2, noNaN: true }) }),
  })
  .map((settings) => monteCarloSettingsSchema.parse(settings));

const scenarioArbitrary = buildScenarioInputArbitrary({ maxHorizonDays: 1_200, resolution: "monthly" });

function isOrdered(bands: PercentileBands | NullablePercentileBands): boolean {
  // Null stands for an infinite price, so it sorts above every number.
  const values = [bands.p5, bands.p25, bands.p50, bands.p75, bands.p95].map((value) => value ?? Infinity);
  return values.every((value, index) => index === 0 || values[index - 1]! <= value);
}

function areAllEqual(bands: PercentileBands | NullablePercentileBands, expected: number | null): boolean {
  return [bands.p5, bands.p25, bands.p50, bands.p75, bands.p95].every((value) => value === expected);
}

const lunc = scenarioInputSchema.parse({
  startDay: "2026-01-01",
  startingSupply: 6.8e12,
  horizonDays: 3_650,
  burns: [{ kind: "fixedDaily", amountPerDay: 5e8 }, { kind: "tax", taxRate: 0.005, dailyVolume: 1e10 }, { kind: "proportional", ratePerYear: 0.01 }],
  issuance: [{ kind: "fixedDaily", amountPerDay: 1e7 }],
  price: { kind: "growingMarketCap", marketCapUsd: 5e8, growthPerYear: 0.1 },
});

describe("Monte Carlo runs", () => {
  it("repeat exactly for a seed and differ for another", () => {
    fc.assert(
      fc.property(scenarioArbitrary, settingsArbitrary, (input, settings) => {
        fc.pre(settings.marketCap.volatilityPerYear > 0.01 && input.price.kind !== "targetPrice");
        const first = runMonteCarlo(input, settings);
        expect(runMonteCarlo(input, settings)).toEqual(first);
        const other = runMonteCarlo(input, { ...settings, seed: (settings.seed + 1) % 4_294_967_296 });
        expect(other.points.map((point) => point.marketCapUsd)).not.toEqual(first.points.map((point) => point.marketCapUsd));
      }),
      { numRuns: 200 },
    );
  });

  it("give ordered percentiles: p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95", () => {
    fc.assert(
      fc.property(scenarioArbitrary, settingsArbitrary, (input, settings) => {
        const result = runMonteCarlo(input, settings);
        expect(result.points.length).toBeGreaterThan(0);
        for (const point of result.points) {
          expect(isOrdered(point.supply) && isOrdered(point.cumulativeBurned) && isOrdered(point.marketCapUsd) && isOrdered(point.priceUsd)).toBe(true);
          expect(point.supply.p5).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("equal the deterministic path when nothing is random", () => {
    const stillSettings = fc
      .record({ paths: fc.integer({ min: 1, max: 5 }), seed: fc.integer({ min: 0, max: 1_000 }) })
      .map((settings) => monteCarloSettingsSchema.parse(settings));
    fc.assert(
      fc.property(scenarioArbitrary, stillSettings, (input, settings) => {
        const result = runMonteCarlo(input, settings);
        const expected = buildSupplyPoints(simulateDailySupply(input), input.startDay, listOutputDays(input.startDay, input.horizonDays, "monthly"), input.price);
        expect(result.points.map((point) => point.day)).toEqual(expected.map((point) => point.day));
        result.points.forEach((point, index) => {
          const deterministic = expected[index]!;
          expect(areAllEqual(point.supply, deterministic.supply)).toBe(true);
          expect(areAllEqual(point.cumulativeBurned, deterministic.cumulativeBurned)).toBe(true);
          expect(areAllEqual(point.marketCapUsd, deterministic.marketCapUsd)).toBe(true);
          expect(areAllEqual(point.priceUsd, deterministic.priceUsd)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("spread the market cap like geometric Brownian motion", () => {
    const settings = monteCarloSettingsSchema.parse({ paths: 2_000, seed: 7, marketCap: { volatilityPerYear: 0.8 } });
    const result = runMonteCarlo({ ...lunc, horizonDays: 1_460 }, settings);
    const last = result.points.at(-1)!;
    const years = 4;
    const sigma = 0.8 * Math.sqrt(years);
    // With μ left to default, the median follows the assumption, M0 · 1.1^t; 5th/95th percentiles sit at ∓1.645 σ√t.
    const logMedian = Math.log(5e8) + Math.log(1.1) * years;
    expect(result.marketCapDriftPerYear).toBeCloseTo(Math.log(1.1) + 0.32, 12);
    expect(Math.log(last.marketCapUsd.p50) - logMedian).toBeCloseTo(0, 1);
    expect(Math.log(last.marketCapUsd.p5) - (logMedian - 1.645 * sigma)).toBeCloseTo(0, 0);
    expect(Math.log(last.marketCapUsd.p95) - (logMedian + 1.645 * sigma)).toBeCloseTo(0, 0);
    // Burns were not randomised, so every path has the same supply.
    expect(areAllEqual(last.supply, last.supply.p50)).toBe(true);
  });

  it("vary daily burns around their stated mean", () => {
    const settings = monteCarloSettingsSchema.parse({ paths: 500, seed: 3, burnVolume: { volatilityPerDay: 0.6 } });
    const input = { ...lunc, horizonDays: 730, burns: [{ kind: "fixedDaily" as const, amountPerDay: 5e8 }] };
    const last = runMonteCarlo(input, settings).points.at(-1)!;
    expect(last.cumulativeBurned.p50 / (730 * 5e8)).toBeCloseTo(1, 2);
    expect(last.cumulativeBurned.p5).toBeLessThan(last.cumulativeBurned.p95);
    expect(areAllEqual(last.marketCapUsd, last.marketCapUsd.p50)).toBe(true);
  });

  it("follow an explicit drift", () => {
    const settings = monteCarloSettingsSchema.parse({ paths: 2_000, seed: 12, marketCap: { driftPerYear: -0.5, volatilityPerYear: 0.4 } });
    const last = runMonteCarlo({ ...lunc, horizonDays: 730 }, settings).points.at(-1)!;
    // Median M0 · exp((μ − σ²/2) t) = 5e8 · e^{-1.16}.
    expect(Math.log(last.marketCapUsd.p50 / 5e8)).toBeCloseTo(-1.16, 1);
  });

  it("hold the price and move the needed market cap under a target price", () => {
    const input = { ...lunc, horizonDays: 365, price: { kind: "targetPrice" as const, priceUsd: 0.001 } };
    const result = runMonteCarlo(input, monteCarloSettingsSchema.parse({ paths: 200, seed: 1, marketCap: { volatilityPerYear: 1 }, burnVolume: { volatilityPerDay: 1 } }));
    const last = result.points.at(-1)!;
    expect(result.marketCapDriftPerYear).toBeNull();
    expect(areAllEqual(last.priceUsd, 0.001)).toBe(true);
    expect(last.marketCapUsd.p50).toBeCloseTo(0.001 * last.supply.p50, 0);
    expect(last.marketCapUsd.p5).toBeLessThan(last.marketCapUsd.p95);
  });

  it("never leave more supply in any band when burning more, for the same seed", () => {
    const scale = (burn: BurnStream, factor: number): BurnStream => {
      switch (burn.kind) {
        case "fixedDaily":
          return { ...burn, amountPerDay: burn.amountPerDay * factor };
        case "proportional":
          return { ...burn, ratePerYear: Math.min(1, burn.ratePerYear * factor) };
        case "tax":
          return { ...burn, dailyVolume: burn.dailyVolume * factor };
        default:
          return { ...burn, amount: burn.amount * factor };
      }
    };
    const cases = scenarioArbitrary.chain((input) =>
      fc.record({
        input: fc.constant(input),
        settings: settingsArbitrary,
        factor: fc.double({ min: 1, max: 10, noNaN: true }),
        extra: fc.array(buildBurnStreamArbitrary(input.startingSupply, input.startDay, input.horizonDays), { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ input, settings, factor, extra }) => {
        const less = runMonteCarlo(input, settings);
        const more = runMonteCarlo({ ...input, burns: [...input.burns.map((burn) => scale(burn, factor)), ...extra] }, settings);
        less.points.forEach((point, row) => {
          const moreSupply = more.points[row]!.supply;
          for (const band of ["p5", "p25", "p50", "p75", "p95"] as const) expect(moreSupply[band]).toBeLessThanOrEqual(point.supply[band]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("pair paths antithetically: the second path's market-cap shock mirrors the first's", () => {
    const input = { ...lunc, horizonDays: 400 };
    const result = runMonteCarlo(input, monteCarloSettingsSchema.parse({ paths: 2, seed: 5, marketCap: { volatilityPerYear: 0.7 } }));
    for (const point of result.points) {
      // With two values a and b, p25 = a + (b − a)/4 and p75 = a + 3(b − a)/4.
      const { p25, p75 } = point.marketCapUsd;
      const low = 1.5 * p25 - 0.5 * p75;
      const high = 1.5 * p75 - 0.5 * p25;
      // The median path (no shock) is the assumption's market cap; the pair sits at exp(±shock) around it.
      const middle = computeMarketCapOnDay(input.price, daysBetween(input.startDay, point.day), 1);
      expect(Math.log(low) + Math.log(high)).toBeCloseTo(2 * Math.log(middle), 6);
      expect(low).toBeLessThan(high);
    }
  });

  it("refuse runs over the limits", () => {
    expect(() => runMonteCarlo({ ...lunc, horizonDays: 36_500 }, monteCarloSettingsSchema.parse({ paths: 2_000, seed: 1 }))).toThrow(RangeError);
    expect(() => runMonteCarlo({ ...lunc, horizonDays: 10 }, { ...monteCarloSettingsSchema.parse({ paths: 1, seed: 1 }), paths: 10_001 })).toThrow(RangeError);
  });

  // Its speed belongs in `npm run bench`, not in a timed test.
  it("run the largest allowed daily run, 10,000 paths over 10 years, to monthly bands", () => {
    const settings = monteCarloSettingsSchema.parse({ paths: 10_000, seed: 99, marketCap: { volatilityPerYear: 0.9 }, burnVolume: { volatilityPerDay: 0.5 } });
    const result = runMonteCarlo({ ...exampleScenarioInput, horizonDays: 3_650 }, settings);
    expect(result.points).toHaveLength(120);
    expect(result.paths).toBe(10_000);
  });
});
