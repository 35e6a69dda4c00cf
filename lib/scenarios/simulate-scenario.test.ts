import { describe, expect, it } from "vitest";
import { exampleScenarioInput } from "./example-scenario-input";
import { scenarioInputSchema } from "./scenario-input-schema";
import { simulateScenario } from "./simulate-scenario";

function parseInput(overrides: Record<string, unknown>) {
  return scenarioInputSchema.parse({
    startDay: "2026-01-01",
    startingSupply: 6.8e12,
    horizonDays: 730,
    burns: [{ kind: "fixedDaily", amountPerDay: 5e8 }],
    price: { kind: "constantMarketCap", marketCapUsd: 5e8 },
    ...overrides,
  });
}

describe("simulating a scenario", () => {
  it("reports the path at the chosen resolution, ending on the horizon's last day", () => {
    const monthly = simulateScenario(parseInput({}));
    expect(monthly.endDay).toBe("2028-01-01");
    expect(monthly.path).toHaveLength(25);
    expect(monthly.path[0]).toMatchObject({ day: "2026-01-31", supply: 6.8e12 - 30 * 5e8, burned: 30 * 5e8 });
    expect(monthly.path.at(-1)).toMatchObject({ day: "2028-01-01", supply: 6.8e12 - 730 * 5e8, cumulativeBurned: 730 * 5e8 });
    expect(simulateScenario(parseInput({ resolution: "daily" })).path).toHaveLength(730);
    expect(monthly.monteCarlo).toBeNull();
    expect(monthly.supplyTarget).toBeNull();
    expect(monthly.priceGoal).toBeNull();
  });

  it("finds the day supply first reaches a level, checked daily", () => {
    // 6.8e12 − 5e8 · k ≤ 6.7e12 first at k = 200.
    expect(simulateScenario(parseInput({ supplyTarget: 6.7e12 })).supplyTarget).toEqual({ level: 6.7e12, reachedOn: "2026-07-20" });
    expect(simulateScenario(parseInput({ supplyTarget: 1e12 })).supplyTarget).toEqual({ level: 1e12, reachedOn: null });
  });

  it("answers a price goal: when the scenario gets there, and the burn that would by a date", () => {
    const result = simulateScenario(parseInput({ priceGoal: { priceUsd: 5e8 / 6.7e12, byDay: "2026-04-11" } }));
    expect(result.priceGoal?.reached).toMatchObject({ day: "2026-07-20", days: 200 });
    const needed = result.priceGoal?.dailyBurnNeeded;
    expect(needed?.status).toBe("burnNeeded");
    expect(needed?.status === "burnNeeded" && needed.dailyBurn).toBeCloseTo(1e11 / 100, 0);
  });

  it("uses the market cap on the goal's day when it grows", () => {
    const result = simulateScenario(parseInput({ price: { kind: "growingMarketCap", marketCapUsd: 5e8, growthPerYear: 1 }, priceGoal: { priceUsd: 1e9 / 5e12, byDay: "2027-01-01" } }));
    const needed = result.priceGoal?.dailyBurnNeeded;
    expect(needed?.status === "burnNeeded" && needed.supplyNeeded).toBeCloseTo(5e12, -3);
  });

  it("leaves the burn question unanswered under a target-price assumption", () => {
    const result = simulateScenario(parseInput({ price: { kind: "targetPrice", priceUsd: 0.01 }, priceGoal: { priceUsd: 0.001, byDay: "2027-01-01" } }));
    expect(result.priceGoal).toEqual({ priceUsd: 0.001, reached: { day: "2026-01-01", days: 0, years: 0 }, dailyBurnNeeded: null });
  });

  it("adds Monte Carlo bands on the same dates as a monthly path", () => {
    const result = simulateScenario(exampleScenarioInput);
    expect(result.monteCarlo?.paths).toBe(1_000);
    expect(result.monteCarlo?.points.map((point) => point.day)).toEqual(result.path.map((point) => point.day));
  });

  it("produces JSON-safe output", () => {
    const result = simulateScenario(parseInput({ burns: [{ kind: "oneOff", amount: 7e12, day: "2026-03-01" }], supplyTarget: 1 }));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.path.at(-1)).toMatchObject({ supply: 0, priceUsd: null });
    expect(result.supplyTarget?.reachedOn).toBe("2026-03-01");
  });
});
