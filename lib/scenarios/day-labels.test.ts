import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/days/utc-day";
import { createDayLabeller } from "./day-labels";

describe("day labels", () => {
  it("name month ends, leap days and year ends by hand", () => {
    const label = createDayLabeller("2024-02-27");
    expect([0, 1, 2, 3, 308, 309, 367].map(label)).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-12-31", "2025-01-01", "2025-02-28"]);
    // 2100 is not a leap year, 2000 was.
    expect(createDayLabeller("2100-02-28")(1)).toBe("2100-03-01");
    expect(createDayLabeller("2000-02-28")(1)).toBe("2000-02-29");
    expect(createDayLabeller("1970-01-01")(-1)).toBe("1969-12-31");
    // Back and forth across month ends, as a caller reusing one labeller may go.
    expect([31, 30, 59, 0, 60].map(createDayLabeller("2023-01-01"))).toEqual(["2023-02-01", "2023-01-31", "2023-03-01", "2023-01-01", "2023-03-02"]);
  });

  it("agree with addDays for any start day and offset within a century", () => {
    const startDay = fc.integer({ min: 0, max: 80_000 }).map((offset) => addDays("1500-01-01", offset));
    fc.assert(
      fc.property(startDay, fc.integer({ min: -40_000, max: 40_000 }), (start, offset) => {
        expect(createDayLabeller(start)(offset)).toBe(addDays(start, offset));
      }),
      { numRuns: 2_000 },
    );
  });

  it("agree with addDays over a century of consecutive days from one labeller", () => {
    const label = createDayLabeller("2026-01-01");
    const offsets = Array.from({ length: 36_526 }, (_, offset) => offset);
    expect(offsets.filter((offset) => label(offset) !== addDays("2026-01-01", offset))).toEqual([]);
  });
});
