import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/days/utc-day";
import { computeMarketCapOnDay, computePrice } from "./market-cap-path";
import type { PriceAssumption } from "./price-assumption-schema";
import { scenarioInputSchema } from "./scenario-input-schema";
import { simulateDailySupply } from "./simulate-supply";
import { solveDailyBurnForPrice } from "./solve-daily-burn";

const question = {
  startingSupply: 6.8e12,
  startDay: "2026-01-01",
  targetDay: "2027-01-01",
  targetPriceUsd: 0.0001,
  marketCapUsd: 5e8,
  issuancePerDay: 0,
};

describe("solving for the daily burn that reaches a price", () => {
  it("burns (S0 − M/P) / days", () => {
    // 5e8 / 1e-4 = 5e12 tokens needed; 1.8e12 to burn over 365 days.
    const answer = solveDailyBurnForPrice(question);
    expect(answer.status).toBe("burnNeeded");
    if (answer.status !== "burnNeeded") return;
    expect(answer.supplyNeeded).toBeCloseTo(5e12, 0);
    expect(answer.days).toBe(365);
    expect(answer.dailyBurn).toBeCloseTo(1.8e12 / 365, 0);
  });

  it("also burns whatever is issued", () => {
    const answer = solveDailyBurnForPrice({ ...question, issuancePerDay: 1e8 });
    expect(answer.status === "burnNeeded" && answer.dailyBurn).toBeCloseTo(1.8e12 / 365 + 1e8, 0);
  });

  it("needs no burn when the price is already there", () => {
    expect(solveDailyBurnForPrice({ ...question, targetPriceUsd: 5e-5 })).toEqual({ status: "alreadyThere", dailyBurn: 0, supplyNeeded: 1e13, days: 365 });
  });

  it("needs a burn when issuance would lift supply past the target", () => {
    // 1e13 needed, 6.8e12 now, but 1e10 a day adds 3.65e12 in a year.
    const answer = solveDailyBurnForPrice({ ...question, targetPriceUsd: 5e-5, issuancePerDay: 1e10 });
    expect(answer.status === "burnNeeded" && answer.dailyBurn).toBeCloseTo((6.8e12 + 3.65e12 - 1e13) / 365, 0);
  });

  it("calls a zero or negative supply impossible, and a target day that is not ahead", () => {
    expect(solveDailyBurnForPrice({ ...question, marketCapUsd: 0 })).toMatchObject({ status: "impossible", reason: "supplyNeededNotPositive" });
    expect(solveDailyBurnForPrice({ ...question, marketCapUsd: -1 })).toMatchObject({ status: "impossible", reason: "supplyNeededNotPositive" });
    expect(solveDailyBurnForPrice({ ...question, targetPriceUsd: 0 })).toMatchObject({ status: "impossible", reason: "supplyNeededNotPositive" });
    expect(solveDailyBurnForPrice({ ...question, targetDay: "2026-01-01" })).toMatchObject({ status: "impossible", reason: "targetDayNotAfterStart" });
  });

  it("lands on the target price when the answer is simulated", () => {
    const caseArbitrary = fc.record({
      startingSupply: fc.double({ min: 1e3, max: 1e15, noNaN: true }),
      days: fc.integer({ min: 1, max: 36_525 }),
      supplyLeft: fc.double({ min: 1e-3, max: 2, noNaN: true }),
      issuanceShare: fc.double({ min: 0, max: 1e-3, noNaN: true }),
      price: fc.oneof(
        fc.double({ min: 1, max: 1e12, noNaN: true }).map((marketCapUsd): PriceAssumption => ({ kind: "constantMarketCap", marketCapUsd })),
        fc
          .record({ marketCapUsd: fc.double({ min: 1, max: 1e12, noNaN: true }), growthPerYear: fc.double({ min: -0.5, max: 2, noNaN: true }) })
          .map((fields): PriceAssumption => ({ kind: "growingMarketCap", ...fields })),
      ),
    });
    fc.assert(
      fc.property(caseArbitrary, ({ startingSupply, days, supplyLeft, issuanceShare, price }) => {
        const targetDay = addDays("2026-01-01", days);
        const marketCapUsd = computeMarketCapOnDay(price, days, 1);
        // The target is the price with `supplyLeft` of today's supply: below 1 needs burning, above 1 may not.
        const targetPriceUsd = marketCapUsd / (startingSupply * supplyLeft);
        const issuancePerDay = startingSupply * issuanceShare;
        const answer = solveDailyBurnForPrice({ startingSupply, startDay: "2026-01-01", targetDay, targetPriceUsd, marketCapUsd, issuancePerDay });
        expect(answer.status).not.toBe("impossible");
        if (answer.status === "impossible") return;
        const input = scenarioInputSchema.parse({
          startDay: "2026-01-01",
          startingSupply,
          horizonDays: days,
          resolution: "daily",
          burns: [{ kind: "fixedDaily", amountPerDay: answer.dailyBurn }],
          issuance: [{ kind: "fixedDaily", amountPerDay: issuancePerDay }],
          price,
        });
        const supply = simulateDailySupply(input).supply[days]!;
        const reachedPrice = computePrice(price, computeMarketCapOnDay(price, days, supply), supply);
        expect(reachedPrice).not.toBeNull();
        if (answer.status === "burnNeeded") expect(Math.abs(reachedPrice! - targetPriceUsd) / targetPriceUsd).toBeLessThan(1e-6);
        else expect(reachedPrice!).toBeGreaterThanOrEqual(targetPriceUsd * (1 - 1e-12));
      }),
      { numRuns: 300 },
    );
  });
});
