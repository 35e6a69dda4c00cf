import { describe, expect, it } from "vitest";
import { formatFullPrecision, formatWithUnit, timeTickFormatter, timeTicks } from "./chart-format";

describe("chart formats", () => {
  it("keeps every stored digit", () => {
    expect(formatFullPrecision(0.00006242130834)).toBe("0.00006242130834");
    expect(formatFullPrecision(41234567890.12)).toBe("41,234,567,890.12");
    expect(formatFullPrecision(8.03e-7)).toBe("8.03e-7");
    expect(formatWithUnit(26082.72, "USD")).toBe("$26,082.72");
    expect(formatWithUnit(6151072613161, "LUNC")).toBe("6,151,072,613,161 LUNC");
  });

  it("labels the time axis by the span shown", () => {
    const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
    expect(timeTickFormatter(day("2019-05-08"), day("2025-06-08"))(day("2021-03-01"))).toBe("2021");
    expect(timeTickFormatter(day("2024-06-09"), day("2025-06-08"))(day("2025-03-01"))).toBe("2025-03");
    expect(timeTickFormatter(day("2025-05-10"), day("2025-06-08"))(day("2025-06-01"))).toBe("06-01");
  });
});

describe("timeTicks", () => {
  const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
  it("puts one tick on each 1 January of a long history", () => {
    expect(timeTicks(day("2019-05-08"), day("2025-06-08")).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(["2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01"]);
  });

  it("uses month starts over a year and days over a week", () => {
    expect(timeTicks(day("2024-06-09"), day("2025-06-08")).map((t) => new Date(t).toISOString().slice(0, 10))[0]).toBe("2024-07-01");
    expect(timeTicks(day("2025-06-02"), day("2025-06-08"))).toHaveLength(7);
  });
});
