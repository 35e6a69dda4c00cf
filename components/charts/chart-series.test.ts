import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/days/utc-day";
import { buildChartModel, countBreaks, pickMetric } from "./chart-series";

const daily = (first: string, count: number, value: (index: number) => number | null) => Array.from({ length: count }, (_, index) => ({ day: addDays(first, index), value: value(index) }));

describe("buildChartModel", () => {
  it("draws one token's history in at most 1,000 points with its gap", () => {
    const rows = [...daily("2019-05-08", 1574, (index) => 0.5 + index), ...daily("2024-06-09", 365, () => 0.0001)];
    const model = buildChartModel({ symbol: "LUNC", rows }, []);
    expect(model.sourcePoints).toBe(1939);
    expect(model.drawnPoints).toBe(999);
    expect(countBreaks(model)).toBe(1);
    expect(model.gaps[0]?.ranges).toEqual([{ from: "2023-08-29", to: "2024-06-08" }]);
    expect(model.normalized).toBe(false);
    expect(model.firstDay).toBe("2019-05-08");
    expect(model.lastDay).toBe("2025-06-08");
  });

  it("puts compared tokens on one index scale", () => {
    const model = buildChartModel({ symbol: "LUNC", rows: daily("2022-01-01", 3, (index) => 2 * (index + 1)) }, [{ symbol: "USTC", rows: daily("2022-01-01", 3, () => 1) }]);
    expect(model.normalized).toBe(true);
    expect(model.rows.map((row) => [row.LUNC, row.USTC])).toEqual([[100, 100], [200, 100], [300, 100]]);
    expect(model.drawnPoints).toBe(6);
  });
});

describe("pickMetric", () => {
  it("reads the chosen field and keeps unknown values unknown", () => {
    const prices = [{ date: "2022-01-01", period_start: "2022-01-01", price_usd: 1, market_cap_usd: null, volume_usd: 5, source: "x" }];
    expect(pickMetric("market_cap", prices, [])).toEqual([{ day: "2022-01-01", value: null }]);
    expect(pickMetric("volume", prices, [])).toEqual([{ day: "2022-01-01", value: 5 }]);
    expect(pickMetric("supply", [], [{ date: "2022-09-08", period_start: "2022-09-08", total: "6904017889662", circulating: "6151072613161", source: "y" }])).toEqual([{ day: "2022-09-08", value: 6151072613161 }]);
  });
});

describe("isolatedIndexes", () => {
  it("finds values with no neighbour to join", async () => {
    const { isolatedIndexes } = await import("./chart-series");
    const rows = [1, null, 2, 3, null, 4].map((value, index) => ({ t: index, day: String(index), value }));
    expect([...isolatedIndexes(rows, "value")]).toEqual([0, 5]);
  });
});
