import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/days/utc-day";
import { listOutputDays } from "./output-days";

function listDays(startDay: string, offsets: number[]): string[] {
  return offsets.map((offset) => addDays(startDay, offset));
}

describe("output days", () => {
  it("reports every day at daily resolution", () => {
    expect(listOutputDays("2026-01-01", 5, "daily")).toEqual([1, 2, 3, 4, 5]);
  });

  it("reports the last day of each month, leap years included", () => {
    expect(listDays("2024-01-15", listOutputDays("2024-01-15", 76, "monthly"))).toEqual(["2024-01-31", "2024-02-29", "2024-03-31"]);
    expect(listDays("2025-01-15", listOutputDays("2025-01-15", 75, "monthly"))).toEqual(["2025-01-31", "2025-02-28", "2025-03-31"]);
  });

  it("adds the horizon's last day when it falls mid-month", () => {
    expect(listDays("2026-01-01", listOutputDays("2026-01-01", 45, "monthly"))).toEqual(["2026-01-31", "2026-02-15"]);
    expect(listDays("2026-01-01", listOutputDays("2026-01-01", 3, "monthly"))).toEqual(["2026-01-04"]);
  });

  it("skips a start day that is itself a month end", () => {
    expect(listDays("2026-01-31", listOutputDays("2026-01-31", 28, "monthly"))).toEqual(["2026-02-28"]);
  });

  it("always gives increasing month ends ending on the horizon", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 2_000 }), (startOffset, horizonDays) => {
        const startDay = addDays("2000-01-01", startOffset);
        const offsets = listOutputDays(startDay, horizonDays, "monthly");
        expect(offsets.at(-1)).toBe(horizonDays);
        offsets.forEach((offset, index) => {
          expect(offset).toBeGreaterThanOrEqual(1);
          if (index > 0) expect(offset).toBeGreaterThan(offsets[index - 1]!);
          const isLast = index === offsets.length - 1;
          const isMonthEnd = addDays(addDays(startDay, offset), 1).endsWith("-01");
          expect(isMonthEnd || isLast).toBe(true);
        });
        // No month end inside the horizon is missed.
        const monthEnds = Array.from({ length: horizonDays }, (_, index) => index + 1).filter((offset) => addDays(startDay, offset + 1).endsWith("-01"));
        expect(offsets.filter((offset) => monthEnds.includes(offset))).toEqual(monthEnds);
      }),
      { numRuns: 200 },
    );
  });
});
