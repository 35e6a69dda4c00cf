import { describe, expect, it } from "vitest";
import { toPeriodBars, toRunningTotalSeries } from "./burn-series";

const rows = [
  { day: "2025-03-21", periodDays: 1, amount: "10", runningTotal: "10" },
  { day: "2025-03-22", periodDays: 1, amount: "20", runningTotal: "30" },
  { day: "2025-03-24", periodDays: 7, amount: "700", runningTotal: "730" },
  { day: "2025-04-07", periodDays: 7, amount: "70", runningTotal: "800" },
];

describe("toRunningTotalSeries", () => {
  it("counts weekly rows as covering their week and breaks over uncovered days", () => {
    const { points, gaps } = toRunningTotalSeries(rows);
    expect(gaps).toEqual([
      { from: "2025-03-23", to: "2025-03-23" },
      { from: "2025-03-31", to: "2025-04-06" },
    ]);
    expect(points.map((point) => [point.day, point.value])).toEqual([
      ["2025-03-21", 10],
      ["2025-03-22", 30],
      ["2025-03-23", null],
      ["2025-03-30", 730],
      ["2025-03-31", null],
      ["2025-04-13", 800],
    ]);
  });
});

describe("toPeriodBars", () => {
  it("leaves weekly figures out of the daily view", () => {
    const bars = toPeriodBars(rows, "daily", 1000);
    expect(bars[0]).toEqual({ period: "2025-03-21", amount: 10, exact: "10", coveredDays: 1 });
    expect(bars.filter((bar) => bar.amount !== null)).toHaveLength(2);
    expect(bars[bars.length - 1]?.period).toBe("2025-04-07");
  });

  it("keeps an empty week where nothing was reported", () => {
    expect(toPeriodBars(rows, "weekly", 1000).map((bar) => [bar.period, bar.exact])).toEqual([
      ["2025-03-17", "30"],
      ["2025-03-24", "700"],
      ["2025-03-31", null],
      ["2025-04-07", "70"],
    ]);
    expect(toPeriodBars(rows, "monthly", 1)).toEqual([{ period: "2025-04-01", amount: 70, exact: "70", coveredDays: 7 }]);
  });
});
