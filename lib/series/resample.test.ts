import { describe, expect, it } from "vitest";
import { bucketStart, resampleBurns, resampleLast } from "./resample";

describe("resampling", () => {
  it("buckets days into ISO weeks and months", () => {
    expect(bucketStart("2025-03-30", "weekly")).toBe("2025-03-24");
    expect(bucketStart("2025-03-24", "weekly")).toBe("2025-03-24");
    expect(bucketStart("2025-03-31", "monthly")).toBe("2025-03-01");
    expect(bucketStart("2025-03-31", "daily")).toBe("2025-03-31");
  });

  it("keeps the last point of each bucket for prices", () => {
    const rows = [
      { day: "2023-08-27", price: 1 },
      { day: "2023-08-28", price: 2 },
      { day: "2023-08-29", price: 3 },
    ];
    expect(resampleLast(rows, "weekly")).toEqual([
      { day: "2023-08-27", price: 1, periodStart: "2023-08-21" },
      { day: "2023-08-29", price: 3, periodStart: "2023-08-28" },
    ]);
  });

  it("sums burns exactly, keeps the running total, and never splits a weekly figure", () => {
    const rows = [
      { day: "2025-03-22", periodDays: 1, amount: "15867688", runningTotal: "405874355422" },
      { day: "2025-03-23", periodDays: 1, amount: "14978558", runningTotal: "405889333980" },
      { day: "2025-03-24", periodDays: 7, amount: "145314351", runningTotal: "406034648331" },
      { day: "2025-03-31", periodDays: 7, amount: "0.000001", runningTotal: "406034648331.000001" },
    ];
    expect(resampleBurns(rows, "weekly")).toEqual([
      { periodStart: "2025-03-17", day: "2025-03-23", amount: "30846246", runningTotal: "405889333980", rows: 2, coveredDays: 2 },
      { periodStart: "2025-03-24", day: "2025-03-24", amount: "145314351", runningTotal: "406034648331", rows: 1, coveredDays: 7 },
      { periodStart: "2025-03-31", day: "2025-03-31", amount: "0.000001", runningTotal: "406034648331.000001", rows: 1, coveredDays: 7 },
    ]);
    expect(resampleBurns(rows, "monthly").map((bucket) => [bucket.periodStart, bucket.amount])).toEqual([
      ["2025-03-01", "176160597.000001"],
    ]);
  });
});
