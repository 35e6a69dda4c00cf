import { describe, expect, it } from "vitest";
import { DAYS_PER_YEAR, MAX_HORIZON_DAYS, MAX_MONTE_CARLO_PATHS, MAX_MONTE_CARLO_STEPS, MAX_TOKEN_AMOUNT } from "./scenario-limits";

describe("scenario limits", () => {
  it("allow a 100-year deterministic horizon", () => {
    expect(MAX_HORIZON_DAYS).toBeGreaterThanOrEqual(100 * DAYS_PER_YEAR);
  });

  it("allow the largest Monte Carlo run the page offers: 2,000 paths over 10 years", () => {
    expect(MAX_MONTE_CARLO_PATHS).toBe(2_000);
    expect(MAX_MONTE_CARLO_PATHS * 10 * DAYS_PER_YEAR).toBeLessThanOrEqual(MAX_MONTE_CARLO_STEPS);
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
