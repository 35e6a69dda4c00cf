import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/days/utc-day";
import { fitScenarioProcesses, selectLastWindow } from "./fit-processes";

const daily = (from: string, values: number[]) => values.map((value, index) => ({ day: addDays(from, index), value }));

describe("fitting the Monte Carlo processes", () => {
  it("keeps the last window of days, whatever the order given", () => {
    const values = daily("2023-01-01", [1, 2, 3, 4, 5]).reverse();
    expect(selectLastWindow(values, 2).map((value) => value.day)).toEqual(["2023-01-04", "2023-01-05"]);
    expect(selectLastWindow([], 30)).toEqual([]);
  });

  it("fits a market cap doubling every day and a burn alternating between 1 and e², by hand", () => {
    // Log returns all ln 2: mean ln 2 per day, no variance, so μ = 365 ln 2 and σ = 0.
    const marketCaps = daily("2023-01-01", [1, 2, 4, 8, 16]);
    // ln values 0, 2, 0, 2: sample variance 4/3, so the daily log-spread is √(4/3).
    const dailyBurns = daily("2023-02-01", [1, Math.E ** 2, 1, Math.E ** 2]);
    const fitted = fitScenarioProcesses({ marketCaps, dailyBurns });
    expect(fitted.marketCap?.driftPerYear).toBeCloseTo(365 * Math.LN2, 10);
    expect(fitted.marketCap?.volatilityPerYear).toBe(0);
    expect(fitted.marketCap).toMatchObject({ observations: 4, fromDay: "2023-01-01", toDay: "2023-01-05" });
    expect(fitted.burnVolume?.volatilityPerDay).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(fitted.burnVolume).toMatchObject({ observations: 4, fromDay: "2023-02-01", toDay: "2023-02-04" });
  });

  it("uses only the last window and says so", () => {
    // A crash long before the window must not reach the estimate.
    const marketCaps = [...daily("2020-01-01", [100, 1]), ...daily("2023-01-01", [1, 2, 4])];
    const fitted = fitScenarioProcesses({ marketCaps, dailyBurns: [] }, 30);
    expect(fitted.marketCap).toMatchObject({ fromDay: "2023-01-01", observations: 2, volatilityPerYear: 0 });
    expect(fitted.burnVolume).toBeNull();
  });
});
