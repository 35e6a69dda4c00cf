import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildScenarioInputArbitrary } from "./scenario-arbitraries";
import { scenarioInputSchema } from "./scenario-input-schema";

describe("scenario arbitraries", () => {
  it("generate inputs the schema accepts as they are", () => {
    fc.assert(
      fc.property(buildScenarioInputArbitrary({ maxHorizonDays: 4_000 }), (input) => {
        expect(scenarioInputSchema.parse(input)).toEqual(input);
      }),
      { numRuns: 200 },
    );
  });

  it("cover every kind of burn and price assumption", () => {
    const samples = fc.sample(buildScenarioInputArbitrary({ maxHorizonDays: 400 }), { numRuns: 300, seed: 1 });
    const burnKinds = new Set(samples.flatMap((input) => input.burns.map((burn) => burn.kind)));
    const priceKinds = new Set(samples.map((input) => input.price.kind));
    expect([...burnKinds].sort()).toEqual(["batch", "fixedDaily", "oneOff", "proportional", "tax"]);
    expect([...priceKinds].sort()).toEqual(["constantMarketCap", "growingMarketCap", "targetPrice"]);
  });
});
