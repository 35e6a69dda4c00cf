import { describe, expect, it } from "vitest";
import { computePriceChanges } from "./price-changes";

describe("computePriceChanges", () => {
  it("compares the latest price with the one stored exactly 1, 7 and 30 days before", () => {
    const rows = [
      { day: "2023-08-28", priceUsd: 110 },
      { day: "2023-08-27", priceUsd: 100 },
      { day: "2023-08-21", priceUsd: 220 },
    ];
    const changes = computePriceChanges(rows);
    expect(changes.change24h?.share).toBeCloseTo(0.1);
    expect(changes.change24h?.fromDay).toBe("2023-08-27");
    expect(changes.change7d?.share).toBeCloseTo(-0.5);
    expect(changes.change30d).toBeNull();
  });
});
