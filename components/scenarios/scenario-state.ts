import { addDays } from "@/lib/days/utc-day";
import type { BurnStream } from "@/lib/scenarios/burn-stream-schema";
import type { ScenarioInput } from "@/lib/scenarios/scenario-input-schema";
import { DAYS_PER_YEAR } from "@/lib/scenarios/scenario-limits";

/** Everything the simulator's inputs hold; rates are in percent, as typed. The URL query string carries the same fields. */
export type ScenarioState = {
  supply: number;
  dailyBurn: number;
  proportionalPct: number;
  taxPct: number;
  dailyVolume: number;
  batchAmount: number;
  batchEveryDays: number;
  marketCapMode: "constant" | "growing";
  marketCap: number;
  growthPct: number;
  targetPrice: number;
  years: number;
};

export type NumericField = Exclude<keyof ScenarioState, "marketCapMode">;

/** Short query-string keys, so a shared link stays readable. */
export const queryKeys: Record<keyof ScenarioState, string> = {
  supply: "supply",
  dailyBurn: "burn",
  proportionalPct: "prop",
  taxPct: "tax",
  dailyVolume: "vol",
  batchAmount: "batch",
  batchEveryDays: "every",
  marketCapMode: "mc_mode",
  marketCap: "mc",
  growthPct: "growth",
  targetPrice: "target",
  years: "years",
};

/** Bounds every input accepts (the engine's own limits are wider); out-of-range URL values fall back to defaults. */
export const fieldBounds: Record<NumericField, { min: number; max: number; integer?: boolean }> = {
  supply: { min: 1, max: 1e18 },
  dailyBurn: { min: 0, max: 1e15 },
  proportionalPct: { min: 0, max: 100 },
  taxPct: { min: 0, max: 100 },
  dailyVolume: { min: 0, max: 1e16 },
  batchAmount: { min: 0, max: 1e15 },
  batchEveryDays: { min: 1, max: 3650, integer: true },
  marketCap: { min: 1, max: 1e17 },
  growthPct: { min: -99, max: 10_000 },
  targetPrice: { min: 1e-12, max: 1e12 },
  years: { min: 1, max: 50, integer: true },
};

export function isValidFieldValue(field: NumericField, value: number): boolean {
  const bounds = fieldBounds[field];
  return Number.isFinite(value) && value >= bounds.min && value <= bounds.max && (!bounds.integer || Number.isInteger(value));
}

/** The state a query string describes, field by field: a missing or unusable value takes the default. */
export function parseScenarioQuery(params: URLSearchParams, defaults: ScenarioState): ScenarioState {
  const state: ScenarioState = { ...defaults };
  for (const field of Object.keys(fieldBounds) as NumericField[]) {
    const raw = params.get(queryKeys[field]);
    if (raw === null || raw.trim() === "") continue;
    const value = Number(raw);
    if (isValidFieldValue(field, value)) state[field] = value;
  }
  const mode = params.get(queryKeys.marketCapMode);
  if (mode === "constant" || mode === "growing") state.marketCapMode = mode;
  return state;
}

/** Every field, in a fixed order, so the same state always gives the same link. */
export function toScenarioQuery(state: ScenarioState): string {
  const params = new URLSearchParams();
  for (const field of Object.keys(queryKeys) as (keyof ScenarioState)[]) params.set(queryKeys[field], String(state[field]));
  return params.toString();
}

export function horizonDaysOf(state: ScenarioState): number {
  return Math.round(state.years) * DAYS_PER_YEAR;
}

/** The engine's input for a state: only burns with an effect are listed; the target price is asked for by the horizon's end. */
export function toScenarioInput(state: ScenarioState, tokenSymbol: string, startDay: string): ScenarioInput {
  const horizonDays = horizonDaysOf(state);
  const burns: BurnStream[] = [];
  if (state.dailyBurn > 0) burns.push({ kind: "fixedDaily", amountPerDay: state.dailyBurn });
  if (state.proportionalPct > 0) burns.push({ kind: "proportional", ratePerYear: state.proportionalPct / 100 });
  if (state.taxPct > 0 && state.dailyVolume > 0) burns.push({ kind: "tax", taxRate: state.taxPct / 100, dailyVolume: state.dailyVolume });
  if (state.batchAmount > 0) burns.push({ kind: "batch", amount: state.batchAmount, everyDays: Math.round(state.batchEveryDays) });
  return {
    tokenSymbol,
    startDay,
    startingSupply: state.supply,
    horizonDays,
    resolution: "monthly",
    burns,
    issuance: [],
    price:
      state.marketCapMode === "growing"
        ? { kind: "growingMarketCap", marketCapUsd: state.marketCap, growthPerYear: state.growthPct / 100 }
        : { kind: "constantMarketCap", marketCapUsd: state.marketCap },
    priceGoal: { priceUsd: state.targetPrice, byDay: addDays(startDay, horizonDays) },
  };
}

/** The supply path as CSV, one row per reported day, the start day first. */
export function toSupplyCsv(startDay: string, startingSupply: number, path: readonly { day: string; supply: number; burned: number; cumulativeBurned: number; marketCapUsd: number; priceUsd: number | null }[]): string {
  const rows = [
    "day,supply,burned_in_period,cumulative_burned,market_cap_usd,price_usd",
    `${startDay},${startingSupply},0,0,,`,
    ...path.map((point) => [point.day, point.supply, point.burned, point.cumulativeBurned, point.marketCapUsd, point.priceUsd ?? ""].join(",")),
  ];
  return `${rows.join("\n")}\n`;
}
