import { describe, expect, it } from "vitest";
import { exampleScenarioInput } from "@/lib/scenarios/example-scenario-input";
import type { FittedProcesses } from "@/lib/scenarios/fit-processes";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { summarizeScenario } from "@/lib/scenarios/summarize-scenario";
import { toBandsCsv } from "./bands-csv";
import { runPageMonteCarlo, runPageScenario, toFanPoints, toMonteCarloInput } from "./run-page-scenario";
import type { MonteCarloUiState } from "./scenario-set-state";
import type { ScenarioState } from "./scenario-state";

const state: ScenarioState = {
  supply: 6.5e12,
  dailyBurn: 1e8,
  proportionalPct: 1,
  taxPct: 0.5,
  dailyVolume: 1e10,
  batchAmount: 0,
  batchEveryDays: 30,
  marketCapMode: "constant",
  marketCap: 5e8,
  growthPct: 10,
  targetPrice: 0.001,
  years: 5,
};
const monteCarlo: MonteCarloUiState = { enabled: true, paths: 300, seed: 42, marketCapVolatilityPct: 116, burnSpread: 0.9, drift: "assumption" };
const fitted: FittedProcesses = {
  marketCap: { driftPerYear: -7.5, volatilityPerYear: 1.16, observations: 355, fromDay: "2022-09-07", toDay: "2023-08-28" },
  burnVolume: { volatilityPerDay: 0.94, meanPerDay: 8e7, observations: 57, fromDay: "2025-03-19", toDay: "2026-03-18" },
};

describe("the page's scenario run", () => {
  it("gives the API's numbers and summary for the same input, Monte Carlo included", () => {
    const run = runPageScenario(state, monteCarlo, fitted, "LUNC", "2026-01-01");
    if (!run.ok) throw new Error(run.message);
    const bands = runPageMonteCarlo(run);
    const api = simulateScenario(run.input);
    expect(bands).toEqual(api.monteCarlo);
    expect(run.result.path).toEqual(api.path);
    expect(summarizeScenario({ ...run.result, monteCarlo: bands })).toEqual(summarizeScenario(api));
    expect(run.supplyPoints).toHaveLength(api.path.length + 1);
  });

  it("asks for the fitted drift only when chosen, within the engine's bounds", () => {
    expect(toMonteCarloInput(monteCarlo, fitted).marketCap).toEqual({ volatilityPerYear: 1.16 });
    expect(toMonteCarloInput({ ...monteCarlo, drift: "fitted" }, fitted).marketCap).toEqual({ volatilityPerYear: 1.16, driftPerYear: -5 });
    expect(toMonteCarloInput({ ...monteCarlo, drift: "fitted" }, { marketCap: null, burnVolume: null }).marketCap).toEqual({ volatilityPerYear: 1.16 });
  });

  it("leaves Monte Carlo out when the panel is off, and reports the engine's refusal in its words", () => {
    const run = runPageScenario(state, { ...monteCarlo, enabled: false }, fitted, "LUNC", "2026-01-01");
    expect(run.ok && run.input.monteCarlo).toBeUndefined();
    expect(runPageMonteCarlo(run)).toBeNull();
    const refused = runPageScenario({ ...state, years: 50 }, { ...monteCarlo, paths: 2_500 }, fitted, "LUNC", "2026-01-01");
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^paths/) });
  });

  it("shapes bands into fan rows and CSV", () => {
    const result = simulateScenario({ ...exampleScenarioInput, monteCarlo: { ...exampleScenarioInput.monteCarlo!, paths: 50 } }).monteCarlo!;
    const rows = toFanPoints(result, "priceUsd");
    expect(rows).toHaveLength(result.points.length);
    const first = result.points[0]!;
    expect(rows[0]).toMatchObject({ day: first.day, outer: [first.priceUsd.p5, first.priceUsd.p95], inner: [first.priceUsd.p25, first.priceUsd.p75], median: first.priceUsd.p50 });
    const csv = toBandsCsv(result).split("\n");
    expect(csv[0]).toBe("# 50 paths, seed 20260101");
    expect(csv[1]?.split(",")).toHaveLength(1 + 4 * 5);
    expect(csv[2]?.startsWith(`${first.day},${first.supply.p5},`)).toBe(true);
  });
});
