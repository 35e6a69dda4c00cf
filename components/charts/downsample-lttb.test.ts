import { describe, expect, it } from "vitest";
import { addDays, dayToEpochMs } from "@/lib/days/utc-day";
import { downsampleGapAware, lttb, splitAtGaps } from "./downsample-lttb";
import { toGapAwareSeries } from "./gap-aware-series";

const daily = (first: string, count: number, value: (index: number) => number) =>
  Array.from({ length: count }, (_, index) => ({ day: addDays(first, index), value: value(index) }));

describe("lttb", () => {
  it("keeps the first and last point and the spike", () => {
    const points = daily("2020-01-01", 500, (index) => (index === 250 ? 1000 : 1)).map((row) => ({ ...row, t: dayToEpochMs(row.day) }));
    const sampled = lttb(points, 50);
    expect(sampled).toHaveLength(50);
    expect(sampled[0]).toBe(points[0]);
    expect(sampled[49]).toBe(points[499]);
    expect(sampled.some((point) => point.value === 1000)).toBe(true);
  });

  it("leaves short runs alone", () => {
    const points = daily("2020-01-01", 10, (index) => index).map((row) => ({ ...row, t: dayToEpochMs(row.day) }));
    expect(lttb(points, 50)).toEqual(points);
  });
});

describe("downsampleGapAware", () => {
  it("draws at most 1,000 points and keeps every gap as a break", () => {
    // The shape of LUNC's history: 1,574 days, 285 missing days, 365 days.
    const rows = [...daily("2019-05-08", 1574, (index) => 1 + Math.sin(index)), ...daily("2024-06-09", 365, (index) => 2 + Math.cos(index))];
    const { points } = toGapAwareSeries(rows);
    const drawn = downsampleGapAware(points, 1000);
    const present = drawn.filter((point) => point.value !== null);
    expect(present.length).toBeLessThanOrEqual(1000);
    expect(present.length).toBe(999); // floor(1000·1574/1939) + floor(1000·365/1939) = 811 + 188
    expect(drawn.filter((point) => point.value === null)).toEqual([{ t: dayToEpochMs("2023-08-29"), day: "2023-08-29", value: null }]);
    expect(splitAtGaps(drawn)).toHaveLength(2);
    expect(drawn.map((point) => point.t)).toEqual([...drawn.map((point) => point.t)].sort((a, b) => a - b));
  });

  it("returns short series unchanged", () => {
    const { points } = toGapAwareSeries(daily("2020-01-01", 30, () => 1));
    expect(downsampleGapAware(points)).toBe(points);
  });
});
