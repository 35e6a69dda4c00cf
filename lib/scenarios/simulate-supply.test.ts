import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BurnStream } from "./burn-stream-schema";
import { buildBurnStreamArbitrary, buildScenarioInputArbitrary } from "./scenario-arbitraries";
import { scenarioInputSchema, type ScenarioInput } from "./scenario-input-schema";
import { simulateDailySupply } from "./simulate-supply";

function parseInput(overrides: Record<string, unknown>): ScenarioInput {
  return scenarioInputSchema.parse({
    startDay: "2026-01-01",
    startingSupply: 6.8e12,
    horizonDays: 70,
    price: { kind: "constantMarketCap", marketCapUsd: 5e8 },
    ...overrides,
  });
}

function scaleBurn(burn: BurnStream, factor: number): BurnStream {
  switch (burn.kind) {
    case "fixedDaily":
      return { ...burn, amountPerDay: burn.amountPerDay * factor };
    case "proportional":
      return { ...burn, ratePerYear: Math.min(1, burn.ratePerYear * factor) };
    case "tax":
      return { ...burn, dailyVolume: burn.dailyVolume * factor };
    case "batch":
    case "oneOff":
      return { ...burn, amount: burn.amount * factor };
  }
}

describe("simulating supply day by day", () => {
  it("leaves 0.99^10 of supply after burning 1% a year, continuously, for 10 years", () => {
    const path = simulateDailySupply(parseInput({ horizonDays: 3_650, burns: [{ kind: "proportional", ratePerYear: 0.01 }] }));
    const expected = 6.8e12 * 0.99 ** 10;
    expect(Math.abs(path.supply[3_650]! - expected) / expected).toBeLessThan(1e-9);
    expect(Math.abs(path.supply[365]! - 6.8e12 * 0.99) / (6.8e12 * 0.99)).toBeLessThan(1e-9);
  });

  it("leaves S0 − X·N after a fixed daily burn of X for N days", () => {
    const path = simulateDailySupply(parseInput({ horizonDays: 1_000, burns: [{ kind: "fixedDaily", amountPerDay: 5e8 }] }));
    expect(path.supply[1_000]).toBe(6.8e12 - 5e8 * 1_000);
    expect(path.cumulativeBurned[1_000]).toBe(5e8 * 1_000);
    expect(path.burned[0]).toBe(0);
    expect(path.burned[1]).toBe(5e8);
  });

  it("burns 10·A from a batch of A every 7 days over 70 days", () => {
    const path = simulateDailySupply(parseInput({ burns: [{ kind: "batch", amount: 3e9, everyDays: 7 }] }));
    expect(path.cumulativeBurned[70]).toBe(10 * 3e9);
    expect(path.supply[70]).toBe(6.8e12 - 10 * 3e9);
    expect(path.burned[7]).toBe(3e9);
    expect(path.burned[8]).toBe(0);
    expect(path.cumulativeBurned[69]).toBe(9 * 3e9);
  });

  it("burns a one-off on its day and no other", () => {
    const path = simulateDailySupply(parseInput({ burns: [{ kind: "oneOff", amount: 1e10, day: "2026-01-11" }] }));
    const burnDays = [...path.burned.keys()].filter((day) => path.burned[day]! > 0);
    expect(burnDays).toEqual([10]);
    expect(path.supply[9]).toBe(6.8e12);
    expect(path.supply[10]).toBe(6.8e12 - 1e10);
  });

  it("caps burns at the remaining supply, then burns only what is issued", () => {
    const path = simulateDailySupply(
      parseInput({
        startingSupply: 1_000,
        horizonDays: 5,
        burns: [{ kind: "fixedDaily", amountPerDay: 400 }],
        issuance: [{ kind: "fixedDaily", amountPerDay: 10 }],
      }),
    );
    expect([...path.supply]).toEqual([1_000, 610, 220, 0, 0, 0]);
    expect([...path.burned]).toEqual([0, 400, 400, 230, 10, 10]);
    expect(path.cumulativeBurned[5]).toBe(1_050);
  });

  it("never lets supply go negative, and accounts for every token", () => {
    fc.assert(
      fc.property(buildScenarioInputArbitrary({ maxHorizonDays: 3_000 }), (input) => {
        const path = simulateDailySupply(input);
        // One expect per run rather than per day keeps 200 runs of thousands of days quick.
        expect(path.supply.findIndex((supply) => !(supply >= 0 && Number.isFinite(supply)))).toBe(-1);
        expect(path.burned.findIndex((burned) => !(burned >= 0))).toBe(-1);
        const total = input.startingSupply + path.issuancePerDay * input.horizonDays;
        const accounted = path.supply[input.horizonDays]! + path.cumulativeBurned[input.horizonDays]!;
        expect(Math.abs(accounted - total) / total).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it("never leaves more supply when burning more", () => {
    const scenarioWithMore = buildScenarioInputArbitrary({ maxHorizonDays: 2_000 }).chain((input) =>
      fc.record({
        input: fc.constant(input),
        factor: fc.double({ min: 1, max: 10, noNaN: true }),
        extra: fc.array(buildBurnStreamArbitrary(input.startingSupply, input.startDay, input.horizonDays), { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(scenarioWithMore, ({ input, factor, extra }) => {
        const more = { ...input, burns: [...input.burns.map((burn) => scaleBurn(burn, factor)), ...extra] };
        const lessPath = simulateDailySupply(input);
        const morePath = simulateDailySupply(more);
        expect(morePath.supply.findIndex((supply, day) => supply > lessPath.supply[day]!)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });
});
