import { describe, expect, it } from "vitest";
import { suggestScale, toGapAwareSeries } from "./gap-aware-series";

describe("toGapAwareSeries", () => {
  it("breaks the line once per run of missing days", () => {
    const rows = [
      { day: "2023-08-27", value: 6.26e-5 },
      { day: "2023-08-28", value: 6.24e-5 },
      { day: "2024-06-09", value: 1.05e-4 },
      { day: "2024-06-10", value: 1.08e-4 },
      { day: "2024-06-12", value: 1.06e-4 },
    ];
    const { points, gaps } = toGapAwareSeries(rows);
    expect(gaps).toEqual([
      { from: "2023-08-29", to: "2024-06-08" },
      { from: "2024-06-11", to: "2024-06-11" },
    ]);
    expect(points.map((point) => point.value)).toEqual([6.26e-5, 6.24e-5, null, 1.05e-4, 1.08e-4, null, 1.06e-4]);
    expect(points.map((point) => point.t)).toEqual([...points.map((point) => point.t)].sort((a, b) => a - b));
  });

  it("draws nothing for no data and no gap for continuous data", () => {
    expect(toGapAwareSeries([])).toEqual({ points: [], gaps: [] });
    expect(toGapAwareSeries([{ day: "2020-01-01", value: 1 }, { day: "2020-01-02", value: 2 }]).gaps).toEqual([]);
  });

  it("treats unknown values as missing days", () => {
    const { gaps } = toGapAwareSeries([{ day: "2020-01-01", value: 1 }, { day: "2020-01-02", value: null }, { day: "2020-01-03", value: 2 }]);
    expect(gaps).toEqual([{ from: "2020-01-02", to: "2020-01-02" }]);
  });
});

describe("suggestScale", () => {
  it("picks log for values spanning orders of magnitude", () => {
    expect(suggestScale([116.46, 0.00005])).toBe("log");
    expect(suggestScale([20000, 60000])).toBe("linear");
    expect(suggestScale([])).toBe("linear");
  });
});
