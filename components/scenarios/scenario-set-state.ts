import { MAX_SEED } from "@/lib/scenarios/monte-carlo-settings-schema";
import { parseScenarioQuery, queryKeys, type ScenarioState } from "./scenario-state";

/** Side by side on the page: the first is the one a plain link (no prefix) describes. */
export const MAX_SCENARIOS = 4;

/** What the Monte Carlo panel holds: volatility in percent a year as typed, the burn spread as a daily log-spread. */
export type MonteCarloUiState = {
  enabled: boolean;
  paths: number;
  seed: number;
  marketCapVolatilityPct: number;
  burnSpread: number;
  /** "assumption": the median follows the market-cap assumption; "fitted": the drift fitted to stored history. */
  drift: "assumption" | "fitted";
};

export type ScenarioSetState = { scenarios: ScenarioState[]; active: number; monteCarlo: MonteCarloUiState };

/** The page runs Monte Carlo in the browser on every change, so it offers fewer paths than the API allows. */
export const monteCarloBounds = {
  paths: { min: 100, max: 2_000 },
  seed: { min: 0, max: MAX_SEED },
  marketCapVolatilityPct: { min: 0, max: 300 },
  burnSpread: { min: 0, max: 5 },
} as const;

const monteCarloKeys: Record<Exclude<keyof MonteCarloUiState, "enabled" | "drift">, string> = {
  paths: "paths",
  seed: "seed",
  marketCapVolatilityPct: "mc_vol",
  burnSpread: "burn_vol",
};

/** Scenario 1's fields carry no prefix (older links stay valid); scenario k's carry "s{k}_". */
export function scenarioPrefix(index: number): string {
  return index === 0 ? "" : `s${index + 1}_`;
}

function readBoundedNumber(params: URLSearchParams, key: string, bounds: { min: number; max: number }, integer: boolean, fallback: number): number {
  const raw = params.get(key);
  if (raw === null || raw.trim() === "") return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= bounds.min && value <= bounds.max && (!integer || Number.isInteger(value)) ? value : fallback;
}

function withoutPrefix(params: URLSearchParams, prefix: string): URLSearchParams {
  if (prefix === "") return params;
  const picked = new URLSearchParams();
  for (const [key, value] of params) if (key.startsWith(prefix)) picked.set(key.slice(prefix.length), value);
  return picked;
}

/** The state a query string describes; anything missing or out of bounds takes the default, so any link opens. */
export function parseScenarioSetQuery(params: URLSearchParams, defaults: ScenarioState, monteCarloDefaults: MonteCarloUiState): ScenarioSetState {
  const count = readBoundedNumber(params, "n", { min: 1, max: MAX_SCENARIOS }, true, 1);
  const scenarios = Array.from({ length: count }, (_, index) => parseScenarioQuery(withoutPrefix(params, scenarioPrefix(index)), defaults));
  const active = readBoundedNumber(params, "active", { min: 1, max: count }, true, 1) - 1;
  const enabled = params.get("mc_on");
  const drift = params.get("drift");
  const monteCarlo: MonteCarloUiState = {
    enabled: enabled === "1" ? true : enabled === "0" ? false : monteCarloDefaults.enabled,
    paths: readBoundedNumber(params, monteCarloKeys.paths, monteCarloBounds.paths, true, monteCarloDefaults.paths),
    seed: readBoundedNumber(params, monteCarloKeys.seed, monteCarloBounds.seed, true, monteCarloDefaults.seed),
    marketCapVolatilityPct: readBoundedNumber(params, monteCarloKeys.marketCapVolatilityPct, monteCarloBounds.marketCapVolatilityPct, false, monteCarloDefaults.marketCapVolatilityPct),
    burnSpread: readBoundedNumber(params, monteCarloKeys.burnSpread, monteCarloBounds.burnSpread, false, monteCarloDefaults.burnSpread),
    drift: drift === "fitted" || drift === "assumption" ? drift : monteCarloDefaults.drift,
  };
  return { scenarios, active, monteCarlo };
}

/** Every field of every scenario, in a fixed order, so the same state always gives the same link. */
export function toScenarioSetQuery(state: ScenarioSetState): string {
  const params = new URLSearchParams();
  state.scenarios.forEach((scenario, index) => {
    const prefix = scenarioPrefix(index);
    for (const field of Object.keys(queryKeys) as (keyof ScenarioState)[]) params.set(`${prefix}${queryKeys[field]}`, String(scenario[field]));
  });
  params.set("n", String(state.scenarios.length));
  params.set("active", String(state.active + 1));
  const monteCarlo = state.monteCarlo;
  params.set("mc_on", monteCarlo.enabled ? "1" : "0");
  for (const field of Object.keys(monteCarloKeys) as (keyof typeof monteCarloKeys)[]) params.set(monteCarloKeys[field], String(monteCarlo[field]));
  params.set("drift", monteCarlo.drift);
  return params.toString();
}

/** Adds a copy of scenario `index` after the last one and makes it active; at the limit nothing changes. */
export function duplicateScenario(state: ScenarioSetState, index: number): ScenarioSetState {
  const source = state.scenarios[index];
  return source === undefined ? state : addScenario(state, source);
}

/** Adds a scenario with the given inputs after the last one and makes it active; at the limit nothing changes. */
export function addScenario(state: ScenarioSetState, scenario: ScenarioState): ScenarioSetState {
  if (state.scenarios.length >= MAX_SCENARIOS) return state;
  return { ...state, scenarios: [...state.scenarios, { ...scenario }], active: state.scenarios.length };
}

/** Removes scenario `index`, keeping at least one; the active one stays the same scenario where it can. */
export function removeScenario(state: ScenarioSetState, index: number): ScenarioSetState {
  if (state.scenarios.length <= 1 || index < 0 || index >= state.scenarios.length) return state;
  const scenarios = state.scenarios.filter((_, position) => position !== index);
  const active = state.active > index ? state.active - 1 : Math.min(state.active, scenarios.length - 1);
  return { ...state, scenarios, active };
}

export function updateActiveScenario(state: ScenarioSetState, patch: Partial<ScenarioState>): ScenarioSetState {
  return { ...state, scenarios: state.scenarios.map((scenario, index) => (index === state.active ? { ...scenario, ...patch } : scenario)) };
}
