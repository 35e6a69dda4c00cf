import { describe, expect, it } from "vitest";
import { priceAssumptionSchema } from "./price-assumption-schema";

describe("price assumption schema", () => {
  it("accepts a constant or growing market cap, or a target price", () => {
    for (const assumption of [
      { kind: "constantMarketCap", marketCapUsd: 5e8 },
      { kind: "growingMarketCap", marketCapUsd: 5e8, growthPerYear: -0.2 },
      { kind: "targetPrice", priceUsd: 0.001 },
    ]) {
      expect(priceAssumptionSchema.parse(assumption)).toEqual(assumption);
    }
  });

  it("refuses a market cap that could reach zero or less, naming the field", () => {
    const cases: [unknown, string][] = [
      [{ kind: "constantMarketCap", marketCapUsd: 0 }, "marketCapUsd"],
      [{ kind: "growingMarketCap", marketCapUsd: 5e8, growthPerYear: -1 }, "growthPerYear"],
      [{ kind: "targetPrice", priceUsd: -0.01 }, "priceUsd"],
    ];
    for (const [input, field] of cases) {
      const issue = priceAssumptionSchema.safeParse(input).error?.issues[0];
      expect(issue?.path).toEqual([field]);
      expect(issue?.message.startsWith(field)).toBe(true);
    }
  });

  it("refuses an unknown kind", () => {
    expect(priceAssumptionSchema.safeParse({ kind: "moon" }).error?.issues[0]?.message).toBe("kind must be one of constantMarketCap, growingMarketCap, targetPrice.");
  });
});
