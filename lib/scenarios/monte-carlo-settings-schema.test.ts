import { describe, expect, it } from "vitest";
import { monteCarloSettingsSchema } from "./monte-carlo-settings-schema";

describe("monte carlo settings schema", () => {
  it("fills in still processes when they are left out", () => {
    expect(monteCarloSettingsSchema.parse({ paths: 500, seed: 42 })).toEqual({
      paths: 500,
      seed: 42,
      marketCap: { volatilityPerYear: 0 },
      burnVolume: { volatilityPerDay: 0 },
    });
  });

  it("keeps an explicit drift", () => {
    const parsed = monteCarloSettingsSchema.parse({ paths: 1, seed: 0, marketCap: { driftPerYear: 0.3, volatilityPerYear: 1.1 }, burnVolume: { volatilityPerDay: 0.4 } });
    expect(parsed.marketCap).toEqual({ driftPerYear: 0.3, volatilityPerYear: 1.1 });
    expect(parsed.burnVolume.volatilityPerDay).toBe(0.4);
  });

  it("refuses too many paths, bad seeds and negative volatility, naming the field", () => {
    const cases: [unknown, (string | number)[], RegExp][] = [
      [{ paths: 10_001, seed: 1 }, ["paths"], /^paths must be a whole number of paths from 1 to 10,000/],
      [{ paths: 10, seed: -1 }, ["seed"], /^seed must be/],
      [{ paths: 10, seed: 1.5 }, ["seed"], /^seed must be/],
      [{ paths: 10, seed: 1, marketCap: { volatilityPerYear: -0.1 } }, ["marketCap", "volatilityPerYear"], /^volatilityPerYear/],
      [{ paths: 10, seed: 1, burnVolume: {} }, ["burnVolume", "volatilityPerDay"], /^volatilityPerDay/],
    ];
    for (const [input, path, message] of cases) {
      const issue = monteCarloSettingsSchema.safeParse(input).error?.issues[0];
      expect(issue?.path).toEqual(path);
      expect(issue?.message).toMatch(message);
    }
  });
});
