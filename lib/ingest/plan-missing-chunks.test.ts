import { describe, expect, it } from "vitest";
import { planMissingChunks } from "./plan-missing-chunks";

describe("planning requests for missing days", () => {
  it("asks for nothing when every day is stored", () => {
    expect(planMissingChunks(["2023-09-01", "2023-09-02"], "2023-09-01", "2023-09-02", 90)).toEqual({ chunks: [], missingDays: 0 });
  });

  it("asks for the whole range of an empty series in chunks of at most maxDays", () => {
    expect(planMissingChunks([], "2023-09-01", "2023-09-10", 4)).toEqual({
      chunks: [
        { from: "2023-09-01", to: "2023-09-04" },
        { from: "2023-09-05", to: "2023-09-08" },
        { from: "2023-09-09", to: "2023-09-10" },
      ],
      missingDays: 10,
    });
  });

  it("starts each request on a missing day and lets nearby gaps share one", () => {
    const stored = ["2023-09-01", "2023-09-02", "2023-09-04", "2023-09-05", "2023-09-06", "2023-09-07", "2023-09-08", "2023-09-09"];
    expect(planMissingChunks(stored, "2023-09-01", "2023-09-20", 3)).toEqual({
      chunks: [
        { from: "2023-09-03", to: "2023-09-05" },
        { from: "2023-09-10", to: "2023-09-12" },
        { from: "2023-09-13", to: "2023-09-15" },
        { from: "2023-09-16", to: "2023-09-18" },
        { from: "2023-09-19", to: "2023-09-20" },
      ],
      missingDays: 12,
    });
  });

  it("returns nothing for a backwards range and refuses a bad chunk size", () => {
    expect(planMissingChunks([], "2023-09-05", "2023-09-01", 90).chunks).toEqual([]);
    expect(() => planMissingChunks([], "2023-09-01", "2023-09-05", 0)).toThrow(/maxDays/);
  });
});
