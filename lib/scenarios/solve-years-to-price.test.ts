import { describe, expect, it } from "vitest";
import { scenarioInputSchema } from "./scenario-input-schema";
import { solveYearsToPrice } from "./solve-years-to-price";

function parseInput(overrides: Record<string, unknown>) {
  return scenarioInputSchema.parse({
    startDay: "2026-01-01",
    startingSupply: 1e12,
    horizonDays: 36_525,
    price: { kind: "constantMarketCap", marketCapUsd: 1e9 },
    ...overrides,
  });
}

describe("solving for the years to reach a price", () => {
  it("finds the day a fixed burn halves supply and doubles the price", () => {
    const reached = solveYearsToPrice(parseInput({ burns: [{ kind: "fixedDaily", amountPerDay: 1e9 }] }), 0.002);
    expect(reached).toEqual({ day: "2027-05-16", days: 500, years: 500 / 365 });
  });

  it("matches the closed form for a proportional burn: ln 2 / −ln(1 − r) years to double", () => {
    const reached = solveYearsToPrice(parseInput({ burns: [{ kind: "proportional", ratePerYear: 0.05 }] }), 0.002);
    const exactYears = Math.log(2) / -Math.log(0.95);
    expect(reached?.days).toBe(Math.ceil(exactYears * 365 - 1e-9));
  });

  it("adds market cap growth to the burn", () => {
    const reached = solveYearsToPrice(parseInput({ price: { kind: "growingMarketCap", marketCapUsd: 1e9, growthPerYear: 1 } }), 0.004);
    expect(reached?.days).toBe(730);
  });

  it("says null when issuance outpaces burning", () => {
    const input = parseInput({ burns: [{ kind: "fixedDaily", amountPerDay: 1e6 }], issuance: [{ kind: "fixedDaily", amountPerDay: 2e6 }] });
    expect(solveYearsToPrice(input, 0.0011)).toBeNull();
  });

  it("says null when the price is reached only after the horizon", () => {
    expect(solveYearsToPrice(parseInput({ horizonDays: 499, burns: [{ kind: "fixedDaily", amountPerDay: 1e9 }] }), 0.002)).toBeNull();
  });

  it("reports zero years when the price is already there", () => {
    expect(solveYearsToPrice(parseInput({}), 0.0005)).toEqual({ day: "2026-01-01", days: 0, years: 0 });
  });
});
