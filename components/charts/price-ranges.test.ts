import { describe, expect, it } from "vitest";
import { rangeStartDay } from "./price-ranges";

describe("rangeStartDay", () => {
  it("counts back from the last stored day, inclusive", () => {
    expect(rangeStartDay("1Y", "2025-06-08")).toBe("2024-06-09");
    expect(rangeStartDay("30D", "2023-08-28")).toBe("2023-07-30");
    expect(rangeStartDay("7D", "2025-06-08")).toBe("2025-06-02");
    expect(rangeStartDay("ALL", "2023-08-28")).toBeNull();
  });
});
