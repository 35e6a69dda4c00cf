import { describe, expect, it } from "vitest";
import { exampleScenarioInput } from "./example-scenario-input";
import { scenarioInputSchema } from "./scenario-input-schema";
import { simulateScenario } from "./simulate-scenario";
import { summarizeScenario } from "./summarize-scenario";

function summarize(overrides: Record<string, unknown>): string[] {
  return summarizeScenario(
    simulateScenario(
      scenarioInputSchema.parse({
        startDay: "2026-12-31",
        startingSupply: 6.8e12,
        horizonDays: 365,
        burns: [{ kind: "fixedDaily", amountPerDay: 5e8 }],
        price: { kind: "constantMarketCap", marketCapUsd: 5e8 },
        ...overrides,
      }),
    ),
  );
}

describe("summarizing a scenario", () => {
  it("says how supply and price move, with units and dates", () => {
    expect(summarize({})).toEqual([
      "At 500 million LUNC burned a day, supply falls from 6.80 trillion to 6.62 trillion LUNC by 2027-12-31.",
      "That burns 183 billion LUNC in all, 2.68% of the starting supply.",
      "At a constant market cap of $500 million, the price rises from $0.00007353 to $0.00007556.",
    ]);
  });

  it("mentions issuance and a shrinking market cap", () => {
    const [supply, price] = summarize({ burns: [], issuance: [{ kind: "fixedDaily", amountPerDay: 5e8 }], price: { kind: "growingMarketCap", marketCapUsd: 5e8, growthPerYear: -0.2 } });
    expect(supply).toBe("With no burns and 500 million LUNC issued a day, supply rises from 6.80 trillion to 6.98 trillion LUNC by 2027-12-31.");
    expect(price).toBe("With the market cap shrinking 20% a year, from $500 million to $400 million, the price falls from $0.00007353 to $0.00005729.");
  });

  it("gives the market cap a target price needs", () => {
    expect(summarize({ price: { kind: "targetPrice", priceUsd: 0.01 } })[2]).toBe("Holding the price at $0.01 needs a market cap of $68.0 billion on 2026-12-31 and $66.2 billion on 2027-12-31.");
  });

  it("says when nothing changes", () => {
    expect(summarize({ burns: [] })).toEqual([
      "With no burns, supply stays at 6.80 trillion LUNC through 2027-12-31.",
      "At a constant market cap of $500 million, the price stays at $0.00007353.",
    ]);
  });

  it("answers the supply target and price goal", () => {
    const sentences = summarize({ supplyTarget: 6.7e12, priceGoal: { priceUsd: 0.0001, byDay: "2027-12-31" } });
    expect(sentences).toContain("Supply first reaches 6.70 trillion LUNC on 2027-07-19.");
    expect(sentences).toContain("The price does not reach $0.0001 by 2027-12-31.");
    expect(sentences).toContain("Reaching $0.0001 by 2027-12-31 would take a constant burn of 4.93 billion LUNC a day, bringing supply down to 5.00 trillion LUNC.");
    expect(summarize({ priceGoal: { priceUsd: 0.00007 } })).toContain("The price is already at or above $0.00007.");
  });

  it("says when the price has no finite value", () => {
    expect(summarize({ burns: [{ kind: "oneOff", amount: 1e13, day: "2027-06-01" }] })).toEqual([
      "At a one-off burn of 10.0 trillion LUNC on 2027-06-01, supply falls from 6.80 trillion to 0 LUNC by 2027-12-31.",
      "That burns 6.80 trillion LUNC in all, 100% of the starting supply.",
      "At a constant market cap of $500 million, the price has no finite value once all supply is burned (it was $0.00007353).",
    ]);
  });

  it("summarizes Monte Carlo bands", () => {
    const sentences = summarizeScenario(simulateScenario(exampleScenarioInput));
    expect(sentences).toContain("Across 1,000 simulated paths, supply on 2035-12-30 is 5.77 trillion LUNC in nearly all of them.");
    expect(sentences.at(-1)).toMatch(/^The median price on 2035-12-30 is \$0\.0000\d+, with 90% of paths between \$0\.\d+ and \$0\.\d+\.$/);
  });
});
