import { describe, expect, it } from "vitest";
import { alignOnDayGrid, normalizeToIndex } from "./compare-series";

describe("normalizeToIndex", () => {
  it("sets the first known value to 100", () => {
    expect(normalizeToIndex([{ day: "a", value: null }, { day: "b", value: 0.5 }, { day: "c", value: 0.25 }]).map((row) => row.value)).toEqual([null, 100, 50]);
    expect(normalizeToIndex([{ day: "a", value: null }]).map((row) => row.value)).toEqual([null]);
  });
});

describe("alignOnDayGrid", () => {
  it("samples every series on the same days and leaves missing days empty", () => {
    const { rows, stride } = alignOnDayGrid(
      [
        { symbol: "LUNC", rows: [{ day: "2022-01-01", value: 1 }, { day: "2022-01-02", value: 2 }, { day: "2022-01-03", value: 3 }] },
        { symbol: "USTC", rows: [{ day: "2022-01-02", value: 10 }] },
      ],
      10,
    );
    expect(stride).toBe(1);
    expect(rows.map((row) => [row.day, row.LUNC, row.USTC])).toEqual([
      ["2022-01-01", 1, null],
      ["2022-01-02", 2, 10],
      ["2022-01-03", 3, null],
    ]);
  });

  it("strides so that no more rows than the budget are drawn", () => {
    const rows = Array.from({ length: 3650 }, (_, index) => ({ day: new Date(Date.UTC(2013, 0, 1 + index)).toISOString().slice(0, 10), value: index + 1 }));
    const aligned = alignOnDayGrid([{ symbol: "BTC", rows }], 1000);
    expect(aligned.stride).toBe(4);
    expect(aligned.rows.length).toBeLessThanOrEqual(1000);
  });
});
