import { describe, expect, it } from "vitest";
import { describeSeriesGaps, expandCoveredDays, toIngestSeriesKey } from "./series-gaps";

describe("series gaps on the data page", () => {
  it("names series the way ingest runs do", () => {
    expect(toIngestSeriesKey("LUNC", "prices")).toBe("lunc.prices");
    expect(toIngestSeriesKey("LUNC", "burns:exchange_batch")).toBe("lunc.burns.exchange_batch");
  });

  it("counts a weekly figure as covering its week", () => {
    const covered = expandCoveredDays([{ day: "2025-03-17" }, { day: "2025-03-24", periodDays: 7 }]);
    expect(describeSeriesGaps("burns:total", covered, "2025-03-17", "2025-03-30")).toEqual({ missingDays: 6, missingRanges: [{ from: "2025-03-18", to: "2025-03-23" }] });
  });

  it("lists missing days across sources and none for event series", () => {
    const covered = expandCoveredDays([{ day: "2023-08-28" }, { day: "2023-08-31" }]);
    expect(describeSeriesGaps("prices", covered, "2023-08-28", "2023-08-31")).toEqual({ missingDays: 2, missingRanges: [{ from: "2023-08-29", to: "2023-08-30" }] });
    expect(describeSeriesGaps("burns:exchange_batch", covered, "2023-08-28", "2023-08-31")).toBeNull();
  });
});
