import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/days/utc-day";
import { estimateGbmParameters, estimateLogNormalSpread, type DailyObservation } from "./estimate-gbm-parameters";
import { createNormalSampler, createSeededRandom } from "./seeded-random";

function generateGbmSeries(drift: number, volatility: number, days: number, seed: number): DailyObservation[] {
  const nextNormal = createNormalSampler(createSeededRandom(seed));
  const series: DailyObservation[] = [{ day: "2000-01-01", value: 5e8 }];
  for (let day = 1; day <= days; day += 1) {
    const previous = series[day - 1]!.value;
    const value = previous * Math.exp((drift - volatility ** 2 / 2) / 365 + (volatility / Math.sqrt(365)) * nextNormal());
    series.push({ day: addDays("2000-01-01", day), value });
  }
  return series;
}

describe("estimating GBM parameters", () => {
  it("recovers σ closely and μ within its sampling error from a volatile series", () => {
    const years = 20;
    const estimate = estimateGbmParameters(generateGbmSeries(0.3, 0.9, years * 365, 2024));
    expect(estimate?.observations).toBe(years * 365);
    // σ's standard error is about σ/√(2n) ≈ 0.007; μ's is σ/√years ≈ 0.2, so drift is only ever known roughly.
    expect(Math.abs(estimate!.volatilityPerYear - 0.9)).toBeLessThan(0.03);
    expect(Math.abs(estimate!.driftPerYear - 0.3)).toBeLessThan(4 * (0.9 / Math.sqrt(years)));
  });

  it("recovers μ closely from a calm series", () => {
    for (const seed of [1, 2, 3]) {
      const estimate = estimateGbmParameters(generateGbmSeries(-0.4, 0.05, 20 * 365, seed));
      expect(Math.abs(estimate!.driftPerYear + 0.4)).toBeLessThan(0.05);
      expect(Math.abs(estimate!.volatilityPerYear - 0.05)).toBeLessThan(0.003);
    }
  });

  it("reads a steady exponential as pure drift", () => {
    const series = Array.from({ length: 30 }, (_, day) => ({ day: addDays("2024-01-01", day), value: 100 * Math.exp((0.1 * day) / 365) }));
    const estimate = estimateGbmParameters(series);
    expect(estimate?.driftPerYear).toBeCloseTo(0.1, 9);
    expect(estimate?.volatilityPerYear).toBeCloseTo(0, 6);
    expect(estimate?.observations).toBe(29);
  });

  it("uses only consecutive days, in any input order", () => {
    const before = generateGbmSeries(0.2, 0.6, 200, 5);
    const after = generateGbmSeries(0.2, 0.6, 200, 6).map((point) => ({ day: addDays(point.day, 230), value: point.value * 1_000 }));
    const withGap = [...after, ...before].reverse();
    const estimate = estimateGbmParameters(withGap);
    expect(estimate?.observations).toBe(400);
    // A thousandfold jump across the gap would add ln(1000)² / 400 ≈ 0.12 to the daily variance if it were counted.
    const separate = [estimateGbmParameters(before)!, estimateGbmParameters(after)!];
    expect(estimate!.volatilityPerYear).toBeLessThan(Math.max(...separate.map((part) => part.volatilityPerYear)) * 1.1);
  });

  it("skips non-positive values and says null with too little data", () => {
    const series = [
      { day: "2024-01-01", value: 10 },
      { day: "2024-01-02", value: 0 },
      { day: "2024-01-03", value: 11 },
      { day: "2024-01-04", value: 12 },
    ];
    expect(estimateGbmParameters(series)).toBeNull();
    expect(estimateGbmParameters([...series, { day: "2024-01-05", value: 12 }])?.observations).toBe(2);
    expect(estimateGbmParameters([])).toBeNull();
  });
});

describe("estimating the spread of daily burns", () => {
  it("recovers the log-spread of log-normal daily burns", () => {
    const nextNormal = createNormalSampler(createSeededRandom(8));
    const series = Array.from({ length: 5_000 }, (_, day) => ({ day: addDays("2022-05-01", day), value: 4e8 * Math.exp(0.7 * nextNormal()) }));
    const spread = estimateLogNormalSpread(series);
    expect(spread?.observations).toBe(5_000);
    expect(Math.abs(spread!.volatilityPerDay - 0.7)).toBeLessThan(0.03);
    // The mean of a log-normal is its median times e^{s²/2}.
    expect(spread!.meanValue / (4e8 * Math.exp(0.49 / 2))).toBeCloseTo(1, 1);
  });

  it("leaves out days with no burn", () => {
    const spread = estimateLogNormalSpread([
      { day: "2024-01-01", value: 0 },
      { day: "2024-01-02", value: 100 },
      { day: "2024-01-05", value: 100 },
    ]);
    expect(spread).toEqual({ volatilityPerDay: 0, meanValue: 100, observations: 2 });
    expect(estimateLogNormalSpread([{ day: "2024-01-01", value: 5 }])).toBeNull();
  });
});
