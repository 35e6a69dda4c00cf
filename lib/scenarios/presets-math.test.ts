import { describe, expect, it } from "vitest";
import { computeBatchCadence, computeBurnRate } from "./presets-math";

describe("burn-rate presets", () => {
  it("divides the amounts in the window by the days they cover", () => {
    const rows = [
      { day: "2026-01-01", periodDays: 1, amount: 100 },
      { day: "2026-01-02", periodDays: 1, amount: 200 },
      { day: "2026-01-03", periodDays: 1, amount: 300 },
    ];
    expect(computeBurnRate(rows, 2)).toEqual({ perDay: 250, fromDay: "2026-01-02", toDay: "2026-01-03", windowDays: 2, coveredDays: 2, totalBurned: 500 });
    expect(computeBurnRate(rows, 30)?.perDay).toBe(200);
  });

  it("counts a weekly row as seven days, never as one", () => {
    const rows = [
      { day: "2026-01-05", periodDays: 7, amount: 700 },
      { day: "2026-01-12", periodDays: 7, amount: 1400 },
    ];
    const rate = computeBurnRate(rows, 30);
    expect(rate?.toDay).toBe("2026-01-18");
    expect(rate?.coveredDays).toBe(14);
    expect(rate?.perDay).toBe(150);
  });

  it("counts the part of a weekly row inside the window, and a weekly row ending the series", () => {
    const rows = [
      { day: "2026-01-05", periodDays: 7, amount: 700 },
      { day: "2026-01-12", periodDays: 1, amount: 50 },
    ];
    // Window of 3 days: 2026-01-10 … 2026-01-12, two of the week's seven days (200) and one daily row (50).
    expect(computeBurnRate(rows, 3)).toMatchObject({ fromDay: "2026-01-10", coveredDays: 3, totalBurned: 250 });
    expect(computeBurnRate([{ day: "2026-01-05", periodDays: 7, amount: 700 }], 1)).toMatchObject({ toDay: "2026-01-11", perDay: 100, coveredDays: 1 });
  });

  it("leaves missing days out instead of counting them as zero burn", () => {
    const rows = [
      { day: "2026-01-01", periodDays: 1, amount: 100 },
      { day: "2026-01-10", periodDays: 1, amount: 300 },
    ];
    expect(computeBurnRate(rows, 10)).toMatchObject({ coveredDays: 2, perDay: 200 });
    expect(computeBurnRate([], 30)).toBeNull();
  });

  it("averages the last six batches and their spacing", () => {
    // 153 days over five gaps: 30.6, rounded to 31.
    const rows = ["2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01"].map((day, index) => ({ day, amount: (index + 1) * 10 }));
    expect(computeBatchCadence(rows)).toEqual({ meanAmount: 45, everyDays: 31, count: 6, fromDay: "2025-07-01", toDay: "2025-12-01" });
    expect(computeBatchCadence([{ day: "2025-01-01", amount: 5 }])).toMatchObject({ meanAmount: 5, everyDays: null });
    expect(computeBatchCadence([])).toBeNull();
  });
});
