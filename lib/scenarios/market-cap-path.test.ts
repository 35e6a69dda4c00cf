import { describe, expect, it } from "vitest";
import { computeLogGrowthPerYear, computeMarketCapOnDay, computePrice } from "./market-cap-path";

describe("market cap path", () => {
  it("holds a constant market cap", () => {
    const price = { kind: "constantMarketCap", marketCapUsd: 5e8 } as const;
    expect(computeMarketCapOnDay(price, 0, 6.8e12)).toBe(5e8);
    expect(computeMarketCapOnDay(price, 3_650, 1)).toBe(5e8);
    expect(computeLogGrowthPerYear(price)).toBe(0);
  });

  it("compounds a growing market cap yearly", () => {
    const price = { kind: "growingMarketCap", marketCapUsd: 5e8, growthPerYear: 0.1 } as const;
    expect(computeMarketCapOnDay(price, 0, 1)).toBe(5e8);
    expect(computeMarketCapOnDay(price, 365, 1)).toBeCloseTo(5.5e8, 3);
    expect(computeMarketCapOnDay(price, 3_650, 1) / (5e8 * 1.1 ** 10)).toBeCloseTo(1, 12);
    expect(computeMarketCapOnDay({ ...price, growthPerYear: -0.5 }, 730, 1)).toBeCloseTo(1.25e8, 3);
  });

  it("gives the market cap a target price needs", () => {
    const price = { kind: "targetPrice", priceUsd: 0.001 } as const;
    expect(computeMarketCapOnDay(price, 10, 6.8e12)).toBe(6.8e9);
    expect(computePrice(price, 6.8e9, 6.8e12)).toBe(0.001);
  });

  it("divides market cap by supply, with no price once supply is gone", () => {
    const price = { kind: "constantMarketCap", marketCapUsd: 5e8 } as const;
    expect(computePrice(price, 5e8, 6.8e12)).toBeCloseTo(7.3529e-5, 9);
    expect(computePrice(price, 5e8, 0)).toBeNull();
  });
});
