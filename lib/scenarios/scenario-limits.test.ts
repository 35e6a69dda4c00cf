import { describe, expect, it } from "vitest";
import { DAYS_PER_YEAR, MAX_HORIZON_DAYS, MAX_MONTE_CARLO_PATHS, MAX_MONTE_CARLO_STEPS, MAX_TOKEN_AMOUNT } from "./scenario-limits";

describe("scenario limits", () => {
  it("allow a 100-year deterministic horizon", () => {
    expect(MAX_HORIZON_DAYS).toBeGreaterThanOrEqual(100 * DAYS_PER_YEAR);
  });

  it("allow the benchmarked Monte Carlo run: 10,000 paths over any 10 calendar years", () => {
    expect(MAX_MONTE_CARLO_PATHS).toBe(10_000);
    // Ten calendar years hold two or three leap days.
    expect(MAX_MONTE_CARLO_PATHS * (10 * DAYS_PER_YEAR + 3)).toBeLessThanOrEqual(MAX_MONTE_CARLO_STEPS);
  });

  it("refuse the most paths over the longest horizon", () => {
    expect(MAX_MONTE_CARLO_PATHS * MAX_HORIZON_DAYS).toBeGreaterThan(MAX_MONTE_CARLO_STEPS);
  });

  it("keep a century of the largest daily amount finite and exact enough to compare", () => {
    const total = MAX_TOKEN_AMOUNT * MAX_HORIZON_DAYS;
    expect(Number.isFinite(total)).toBe(true);
    expect(total + MAX_TOKEN_AMOUNT).toBeGreaterThan(total);
  });
});
