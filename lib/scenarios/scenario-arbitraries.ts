import fc from "fast-check";
import { addDays } from "@/lib/days/utc-day";
import type { BurnStream, IssuanceStream } from "./burn-stream-schema";
import type { PriceAssumption } from "./price-assumption-schema";
import { scenarioInputSchema, type ScenarioInput } from "./scenario-input-schema";

// Test support: fast-check generators of valid scenarios. Amounts are drawn as shares of the starting supply so that
// some runs burn everything, some barely dent it, at any scale from 1 token to a quadrillion.

const generateShare = (max: number) => fc.double({ min: 0, max, noNaN: true });

export function buildBurnStreamArbitrary(startingSupply: number, startDay: string, horizonDays: number): fc.Arbitrary<BurnStream> {
  const dayOffset = fc.integer({ min: 1, max: horizonDays });
  return fc.oneof(
    generateShare(0.02).map((part): BurnStream => ({ kind: "fixedDaily", amountPerDay: part * startingSupply })),
    generateShare(1).map((ratePerYear): BurnStream => ({ kind: "proportional", ratePerYear })),
    fc.record({ taxRate: generateShare(1), volume: generateShare(0.05) }).map(({ taxRate, volume }): BurnStream => ({ kind: "tax", taxRate, dailyVolume: volume * startingSupply })),
    fc
      .record({ part: generateShare(0.2), everyDays: dayOffset, first: fc.option(dayOffset, { nil: undefined }) })
      .map(({ part, everyDays, first }): BurnStream => ({
        kind: "batch",
        amount: part * startingSupply,
        everyDays,
        ...(first === undefined ? {} : { firstDay: addDays(startDay, first) }),
      })),
    fc.record({ part: generateShare(0.5), offset: dayOffset }).map(({ part, offset }): BurnStream => ({ kind: "oneOff", amount: part * startingSupply, day: addDays(startDay, offset) })),
  );
}

export function buildIssuanceArbitrary(startingSupply: number): fc.Arbitrary<IssuanceStream> {
  return generateShare(0.005).map((part): IssuanceStream => ({ kind: "fixedDaily", amountPerDay: part * startingSupply }));
}

export const priceAssumptionArbitrary: fc.Arbitrary<PriceAssumption> = fc.oneof(
  fc.double({ min: 1, max: 1e12, noNaN: true }).map((marketCapUsd): PriceAssumption => ({ kind: "constantMarketCap", marketCapUsd })),
  fc
    .record({ marketCapUsd: fc.double({ min: 1, max: 1e12, noNaN: true }), growthPerYear: fc.double({ min: -0.99, max: 3, noNaN: true }) })
    .map(({ marketCapUsd, growthPerYear }): PriceAssumption => ({ kind: "growingMarketCap", marketCapUsd, growthPerYear })),
  fc.double({ min: 1e-9, max: 10, noNaN: true }).map((priceUsd): PriceAssumption => ({ kind: "targetPrice", priceUsd })),
);

export type ScenarioArbitraryOptions = { maxHorizonDays: number; maxBurns?: number; resolution?: "daily" | "monthly" };

/** Valid, parsed scenarios without Monte Carlo settings; tests add those when they need them. */
export function buildScenarioInputArbitrary(options: ScenarioArbitraryOptions): fc.Arbitrary<ScenarioInput> {
  const base = fc.record({
    startDay: fc.integer({ min: 0, max: 20_000 }).map((offset) => addDays("2000-01-01", offset)),
    startingSupply: fc.double({ min: 1, max: 1e15, noNaN: true }),
    horizonDays: fc.integer({ min: 1, max: options.maxHorizonDays }),
    resolution: options.resolution === undefined ? fc.constantFrom("daily" as const, "monthly" as const) : fc.constant(options.resolution),
  });
  return base.chain((fields) =>
    fc
      .record({
        burns: fc.array(buildBurnStreamArbitrary(fields.startingSupply, fields.startDay, fields.horizonDays), { maxLength: options.maxBurns ?? 5 }),
        issuance: fc.array(buildIssuanceArbitrary(fields.startingSupply), { maxLength: 2 }),
        price: priceAssumptionArbitrary,
      })
      .map((streams) => scenarioInputSchema.parse({ ...fields, ...streams })),
  );
}
