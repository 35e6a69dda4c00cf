import type { ScenarioInput } from "./scenario-input-schema";

/** A LUNC-like scenario for the OpenAPI spec and the page's first render: every field spelled out, no defaults relied on. */
export const exampleScenarioInput: ScenarioInput = {
  tokenSymbol: "LUNC",
  startDay: "2026-01-01",
  startingSupply: 6.8e12,
  horizonDays: 3_650,
  resolution: "monthly",
  burns: [
    { kind: "proportional", ratePerYear: 0.01 },
    { kind: "tax", taxRate: 0.005, dailyVolume: 1e10 },
    { kind: "batch", amount: 2e9, everyDays: 30, firstDay: "2026-01-31" },
    { kind: "oneOff", amount: 1e10, day: "2026-06-01" },
  ],
  issuance: [{ kind: "fixedDaily", amountPerDay: 1e7 }],
  price: { kind: "constantMarketCap", marketCapUsd: 5e8 },
  supplyTarget: 6e12,
  priceGoal: { priceUsd: 0.0001, byDay: "2030-12-31" },
  monteCarlo: { paths: 1_000, seed: 20_260_101, marketCap: { volatilityPerYear: 0.9 }, burnVolume: { volatilityPerDay: 0.5 } },
};
