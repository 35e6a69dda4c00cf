import { describe, expect, it } from "vitest";
import { addDays, countDays, daysBetween, findMissingRanges, isoWeekday, isUtcDay } from "./utc-day";

describe("utc days", () => {
  it("accepts real calendar days only", () => {
    expect(isUtcDay("2024-02-29")).toBe(true);
    expect(isUtcDay("2023-02-29")).toBe(false);
    expect(isUtcDay("2023-2-01")).toBe(false);
    expect(isUtcDay("2023-01-01T00:00")).toBe(false);
    expect(isUtcDay("2023-13-01")).toBe(false);
  });

  it("adds days across months, leap days and clock changes", () => {
    expect(addDays("2022-08-19", 1)).toBe("2022-08-20");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2022-10-30", 1)).toBe("2022-10-31");
    expect(addDays("2023-01-01", -1)).toBe("2022-12-31");
    expect(daysBetween("2023-08-28", "2024-06-09")).toBe(286);
  });

  it("knows Mondays", () => {
    expect(isoWeekday("2025-03-24")).toBe(1);
    expect(isoWeekday("2025-03-30")).toBe(7);
  });

  it("folds missing days into ranges", () => {
    const present = ["2015-08-07", "2015-08-08", "2015-08-10", "2015-08-14"];
    const missing = findMissingRanges(present, "2015-08-07", "2015-08-14");
    expect(missing).toEqual([
      { from: "2015-08-09", to: "2015-08-09" },
      { from: "2015-08-11", to: "2015-08-13" },
    ]);
    expect(countDays(missing)).toBe(4);
    expect(findMissingRanges(present, "2015-08-07", "2015-08-08")).toEqual([]);
  });
});
