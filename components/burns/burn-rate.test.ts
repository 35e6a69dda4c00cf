import { describe, expect, it } from "vitest";
import { defaultTargets, recentBurnRate, yearsToReach } from "./burn-rate";

describe("recentBurnRate", () => {
  it("annualises what the window's rows cover, weekly rows whole", () => {
    const rows = [
      { day: "2025-03-10", periodDays: 1, amount: "1000" },
      { day: "2025-03-17", periodDays: 7, amount: "7000" },
      { day: "2025-03-24", periodDays: 7, amount: "14000" },
    ];
    const rate = recentBurnRate(rows, 14);
    expect(rate).toMatchObject({ fromDay: "2025-03-17", toDay: "2025-03-30", coveredDays: 14, perDay: 1500 });
    expect(rate?.perYear).toBe(1500 * 365);
    expect(recentBurnRate([], 30)).toBeNull();
  });
});

describe("yearsToReach", () => {
  it("divides what is left to burn by the yearly burn", () => {
    expect(yearsToReach(6.5e12, 6e12, 5e10)).toBe(10);
    expect(yearsToReach(6.5e12, 7e12, 5e10)).toBe(0);
    expect(yearsToReach(6.5e12, 1e12, 0)).toBeNull();
    expect(defaultTargets(6.5e12)).toEqual([6e12, 5e12, 1e12, 1e11]);
  });
});

describe("burnsByYear", () => {
  it("sums each calendar year and scales by the days covered", async () => {
    const { burnsByYear } = await import("./burn-rate");
    expect(burnsByYear([{ day: "2022-12-31", periodDays: 1, amount: "10" }, { day: "2023-01-02", periodDays: 7, amount: "70" }])).toEqual([
      { year: "2022", amount: 10, coveredDays: 1, perYear: 3650 },
      { year: "2023", amount: 70, coveredDays: 7, perYear: 3650 },
    ]);
  });
});
