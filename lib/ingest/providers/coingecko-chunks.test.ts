import { describe, expect, it } from "vitest";
import { countDays } from "@/lib/days/utc-day";
import { planCoingeckoChunks } from "./coingecko-chunks";

describe("planning CoinGecko requests", () => {
  it("splits a long range into chunks of at most 90 days, oldest first, covering every day once", () => {
    const { chunks, notes } = planCoingeckoChunks("2022-01-01", "2022-12-31", "pro", "2025-06-08");
    expect(chunks).toEqual([
      { from: "2022-01-01", to: "2022-03-31" },
      { from: "2022-04-01", to: "2022-06-29" },
      { from: "2022-06-30", to: "2022-09-27" },
      { from: "2022-09-28", to: "2022-12-26" },
      { from: "2022-12-27", to: "2022-12-31" },
    ]);
    expect(countDays(chunks)).toBe(365);
    expect(notes).toEqual([]);
  });

  it("asks once for a range within 90 days, even a single day", () => {
    expect(planCoingeckoChunks("2023-08-20", "2023-08-28", "pro", "2025-06-08").chunks).toEqual([{ from: "2023-08-20", to: "2023-08-28" }]);
    expect(planCoingeckoChunks("2025-06-08", "2025-06-08", "public", "2025-06-08").chunks).toEqual([{ from: "2025-06-08", to: "2025-06-08" }]);
  });

  it("clamps the public and demo plans to the last 365 days, with a note", () => {
    for (const plan of ["public", "demo"] as const) {
      const { chunks, notes } = planCoingeckoChunks("2022-05-01", "2025-06-08", plan, "2025-06-08");
      expect(chunks[0]!.from).toBe("2024-06-09");
      expect(chunks.at(-1)!.to).toBe("2025-06-08");
      expect(countDays(chunks)).toBe(365);
      expect(chunks).toHaveLength(5);
      expect(notes).toEqual([`days before 2024-06-09 cannot be fetched on this plan (${plan}: only the last 365 days)`]);
    }
  });

  it("lets the pro plan reach back to any day", () => {
    const { chunks, notes } = planCoingeckoChunks("2019-05-08", "2019-05-10", "pro", "2025-06-08");
    expect(chunks).toEqual([{ from: "2019-05-08", to: "2019-05-10" }]);
    expect(notes).toEqual([]);
  });

  it("returns no chunks, only the note, when the whole range is out of the plan's reach", () => {
    expect(planCoingeckoChunks("2023-08-20", "2023-08-28", "demo", "2025-06-08")).toEqual({
      chunks: [],
      notes: ["days before 2024-06-09 cannot be fetched on this plan (demo: only the last 365 days)"],
    });
  });

  it("leaves out future days with a note", () => {
    const { chunks, notes } = planCoingeckoChunks("2025-06-01", "2025-06-30", "pro", "2025-06-08");
    expect(chunks).toEqual([{ from: "2025-06-01", to: "2025-06-08" }]);
    expect(notes).toEqual(["days after 2025-06-08 are in the future and were not requested"]);
  });

  it("refuses a backwards range or a day that is not a day", () => {
    expect(() => planCoingeckoChunks("2023-08-28", "2023-08-20", "pro", "2025-06-08")).toThrow(/after it ends/);
    expect(() => planCoingeckoChunks("2023-02-30", "2023-03-01", "pro", "2025-06-08")).toThrow(/Not a UTC day/);
  });
});
