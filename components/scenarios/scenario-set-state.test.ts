import { describe, expect, it } from "vitest";
import { addScenario, duplicateScenario, MAX_SCENARIOS, parseScenarioSetQuery, removeScenario, toScenarioSetQuery, updateActiveScenario, type MonteCarloUiState, type ScenarioSetState } from "./scenario-set-state";
import type { ScenarioState } from "./scenario-state";

const defaults: ScenarioState = {
  supply: 6.5e12,
  dailyBurn: 1e8,
  proportionalPct: 0,
  taxPct: 0,
  dailyVolume: 1e10,
  batchAmount: 0,
  batchEveryDays: 30,
  marketCapMode: "constant",
  marketCap: 5e8,
  growthPct: 10,
  targetPrice: 1,
  years: 10,
};
const monteCarloDefaults: MonteCarloUiState = { enabled: true, paths: 500, seed: 1, marketCapVolatilityPct: 116.3, burnSpread: 0.94, drift: "assumption" };

const parse = (query: string) => parseScenarioSetQuery(new URLSearchParams(query), defaults, monteCarloDefaults);

describe("the scenario set in the URL", () => {
  it("reads an old single-scenario link as scenario A with default Monte Carlo settings", () => {
    const state = parse("burn=5000000000&years=20");
    expect(state.scenarios).toEqual([{ ...defaults, dailyBurn: 5e9, years: 20 }]);
    expect(state.active).toBe(0);
    expect(state.monteCarlo).toEqual(monteCarloDefaults);
  });

  it("writes and reads back four scenarios, the active one and the Monte Carlo settings exactly", () => {
    const state: ScenarioSetState = {
      scenarios: [{ ...defaults, marketCap: 7e9 }, { ...defaults, dailyBurn: 2e9 }, { ...defaults, marketCapMode: "growing", growthPct: -20 }, { ...defaults, proportionalPct: 1.5, years: 25 }],
      active: 2,
      monteCarlo: { enabled: false, paths: 1_200, seed: 4_294_967_295, marketCapVolatilityPct: 80.5, burnSpread: 0.25, drift: "fitted" },
    };
    const query = toScenarioSetQuery(state);
    expect(query).toContain("s4_prop=1.5");
    // 12 fields for each of 4 scenarios, n and active, 6 Monte Carlo settings: a key shared by two would overwrite one.
    expect([...new URLSearchParams(query).keys()]).toHaveLength(4 * 12 + 2 + 6);
    expect(parse(query)).toEqual(state);
    // The same state always gives the same link.
    expect(toScenarioSetQuery(parse(query))).toBe(query);
  });

  it("falls back to defaults for values out of bounds, and never opens more than four scenarios", () => {
    const state = parse("n=9&active=7&paths=50000&seed=-1&mc_vol=abc&drift=up&mc_on=maybe&s2_burn=-5");
    expect(state.scenarios).toHaveLength(1);
    expect(state.active).toBe(0);
    expect(state.monteCarlo).toEqual(monteCarloDefaults);
    const two = parse("n=2&active=2&s2_burn=-5&s2_years=3");
    expect(two.scenarios[1]).toEqual({ ...defaults, years: 3 });
    expect(two.active).toBe(1);
  });
});

describe("adding, duplicating and removing scenarios", () => {
  const one: ScenarioSetState = { scenarios: [defaults], active: 0, monteCarlo: monteCarloDefaults };

  it("duplicates the active scenario and edits only the copy", () => {
    const two = duplicateScenario(one, 0);
    expect(two.scenarios).toEqual([defaults, defaults]);
    expect(two.active).toBe(1);
    const edited = updateActiveScenario(two, { dailyBurn: 7 });
    expect(edited.scenarios.map((scenario) => scenario.dailyBurn)).toEqual([1e8, 7]);
  });

  it("stops at four", () => {
    let state = one;
    for (let step = 0; step < 6; step += 1) state = addScenario(state, defaults);
    expect(state.scenarios).toHaveLength(MAX_SCENARIOS);
    expect(duplicateScenario(state, 0)).toBe(state);
  });

  it("removes one, keeps the same scenario active where it can, and never removes the last", () => {
    const four: ScenarioSetState = { ...one, scenarios: [1, 2, 3, 4].map((years) => ({ ...defaults, years })), active: 2 };
    const withoutFirst = removeScenario(four, 0);
    expect(withoutFirst.scenarios.map((scenario) => scenario.years)).toEqual([2, 3, 4]);
    expect(withoutFirst.scenarios[withoutFirst.active]?.years).toBe(3);
    const withoutActiveLast = removeScenario({ ...four, active: 3 }, 3);
    expect(withoutActiveLast.active).toBe(2);
    expect(removeScenario(one, 0)).toBe(one);
  });
});
