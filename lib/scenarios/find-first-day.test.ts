import { describe, expect, it } from "vitest";
import { findFirstDayPriceAtOrAbove, findFirstDaySupplyAtOrBelow } from "./find-first-day";
import type { DailySupplyPath } from "./simulate-supply";

function buildPath(supply: number[]): DailySupplyPath {
  return { supply: Float64Array.from(supply), burned: new Float64Array(supply.length), cumulativeBurned: new Float64Array(supply.length), issuancePerDay: 0 };
}

describe("finding the first day", () => {
  const path = buildPath([100, 90, 80, 70, 60]);

  it("finds when supply first reaches a level, or nothing", () => {
    expect(findFirstDaySupplyAtOrBelow(path, 80)).toBe(2);
    expect(findFirstDaySupplyAtOrBelow(path, 75)).toBe(3);
    expect(findFirstDaySupplyAtOrBelow(path, 100)).toBe(0);
    expect(findFirstDaySupplyAtOrBelow(path, 59)).toBeNull();
  });

  it("finds when the price first reaches a target under a market-cap assumption", () => {
    const constant = { kind: "constantMarketCap", marketCapUsd: 1_000 } as const;
    expect(findFirstDayPriceAtOrAbove(constant, path, 1_000 / 70)).toBe(3);
    expect(findFirstDayPriceAtOrAbove(constant, path, 10)).toBe(0);
    expect(findFirstDayPriceAtOrAbove(constant, path, 20)).toBeNull();
    // 1,000 / 60 ≈ 16.7 on day 4, but a market cap shrinking 99% a year is down to about 951 by then.
    expect(findFirstDayPriceAtOrAbove(constant, path, 16.5)).toBe(4);
    const shrinking = { kind: "growingMarketCap", marketCapUsd: 1_000, growthPerYear: -0.99 } as const;
    expect(findFirstDayPriceAtOrAbove(shrinking, path, 16.5)).toBeNull();
  });

  it("counts a fully burned supply as reaching any price", () => {
    const constant = { kind: "constantMarketCap", marketCapUsd: 1_000 } as const;
    expect(findFirstDayPriceAtOrAbove(constant, buildPath([100, 50, 0]), 1e30)).toBe(2);
  });

  it("holds the price steady under a target-price assumption", () => {
    const target = { kind: "targetPrice", priceUsd: 0.5 } as const;
    expect(findFirstDayPriceAtOrAbove(target, path, 0.5)).toBe(0);
    expect(findFirstDayPriceAtOrAbove(target, path, 0.6)).toBeNull();
  });
});
