import { describe, expect, it } from "vitest";
import { formatAxisValue, pickTimeTickFormat, toChartRows } from "./chart-data";

describe("toChartRows", () => {
  it("turns days into epoch ms and keeps missing values as gaps", () => {
    const rows = toChartRows({ scale: "linear", series: [{ key: "a", label: "A" }, { key: "b", label: "B" }], points: [{ day: "2022-05-01", values: { a: 1, b: null } }] });
    expect(rows).toEqual([{ t: Date.UTC(2022, 4, 1), a: 1, b: null, a__isolated: 1, b__isolated: null }]);
  });
  it("drops values a log axis cannot show", () => {
    const rows = toChartRows({ scale: "log", series: [{ key: "a", label: "A" }], points: [{ day: "2022-05-01", values: { a: 0 } }, { day: "2022-05-02", values: { a: 2 } }] });
    expect(rows.map((row) => row.a)).toEqual([null, 2]);
  });

  it("breaks the line over a stretch without rows and marks a lone point", () => {
    const days = ["2022-09-06", "2022-09-07", "2022-09-08", "2023-12-03"];
    const rows = toChartRows({ scale: "linear", series: [{ key: "a", label: "A" }], points: days.map((day) => ({ day, values: { a: 1 } })) });
    expect(rows.map((row) => row.a)).toEqual([1, 1, 1, null, 1]);
    expect(rows[3]?.t).toBe(Date.UTC(2022, 8, 9));
    expect(rows.map((row) => row.a__isolated)).toEqual([null, null, null, null, 1]);
  });
});

describe("formatAxisValue", () => {
  it("writes compact labels, with a dollar sign for USD", () => {
    expect(formatAxisValue(6_530_000_000_000, "token")).toBe("6.53T");
    expect(formatAxisValue(0.0001, "usd")).toBe("$0.0001");
  });
});

describe("pickTimeTickFormat", () => {
  it("labels days over a few months and months over longer spans", () => {
    const may = Date.UTC(2022, 4, 13);
    expect(pickTimeTickFormat([{ t: Date.UTC(2022, 3, 1) }, { t: Date.UTC(2022, 5, 30) }])(may)).toBe("2022-05-13");
    expect(pickTimeTickFormat([{ t: Date.UTC(2022, 3, 1) }, { t: Date.UTC(2023, 5, 30) }])(may)).toBe("2022-05");
  });
});
