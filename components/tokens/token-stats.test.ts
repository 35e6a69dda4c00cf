import { describe, expect, it } from "vitest";
import { computeTokenStats } from "./token-stats";

describe("computeTokenStats", () => {
  it("finds the all-time high with its day and the fall since", () => {
    const stats = computeTokenStats(
      [{ day: "2022-04-05", price: 116.46 }, { day: "2022-04-06", price: 110 }, { day: "2025-06-08", price: 0.00005823 }],
      [{ day: "2022-08-01", circulating: "6500000000000", total: null }, { day: "2023-12-03", circulating: null, total: "6800000000000" }],
    );
    expect(stats.allTimeHigh).toEqual({ price: 116.46, day: "2022-04-05" });
    expect(stats.drawdownFromHigh).toBeCloseTo(1 - 0.00005823 / 116.46, 12);
    expect(stats.supplyChange?.change).toBe(300_000_000_000);
    expect(stats.supplyChange?.from.day).toBe("2022-08-01");
  });

  it("says nothing when nothing is stored", () => {
    expect(computeTokenStats([], [])).toEqual({ allTimeHigh: null, latest: null, drawdownFromHigh: null, supplyChange: null });
  });
});
