import { dayToEpochMs } from "@/lib/days/utc-day";
import type { FittedProcesses } from "@/lib/scenarios/fit-processes";
import { computeMarketCapOnDay } from "@/lib/scenarios/market-cap-path";
import { runMonteCarlo, type MonteCarloResult } from "@/lib/scenarios/run-monte-carlo";
import { scenarioInputSchema, type ScenarioInput } from "@/lib/scenarios/scenario-input-schema";
import { simulateScenario, type ScenarioResult } from "@/lib/scenarios/simulate-scenario";
import { solveDailyBurnForPrice, type DailyBurnAnswer } from "@/lib/scenarios/solve-daily-burn";
import type { MonteCarloUiState } from "./scenario-set-state";
import { toScenarioInput, type ScenarioState } from "./scenario-state";

export type ChartPoint = { t: number; day: string; value: number | null };

export type PageRun =
  | { ok: false; message: string }
  | {
      ok: true;
      /** The engine's input, Monte Carlo settings included when the panel is on: what POST /api/v1/scenarios takes. */
      input: ScenarioInput;
      /** The deterministic run; its `monteCarlo` stays null (the bands are computed apart, after the charts). */
      result: ScenarioResult;
      needed: DailyBurnAnswer;
      supplyPoints: ChartPoint[];
      pricePoints: ChartPoint[];
      endDay: string;
    };

/** The drift the engine accepts (its schema bounds it to ±5 a year). */
const clampDrift = (drift: number) => Math.min(5, Math.max(-5, drift));

/** The panel's settings as the engine's `monteCarlo` field. */
export function toMonteCarloInput(monteCarlo: MonteCarloUiState, fitted: FittedProcesses) {
  const fittedDrift = monteCarlo.drift === "fitted" && fitted.marketCap !== null ? clampDrift(fitted.marketCap.driftPerYear) : undefined;
  return {
    paths: monteCarlo.paths,
    seed: monteCarlo.seed,
    marketCap: { volatilityPerYear: monteCarlo.marketCapVolatilityPct / 100, ...(fittedDrift === undefined ? {} : { driftPerYear: fittedDrift }) },
    burnVolume: { volatilityPerDay: monteCarlo.burnSpread },
  };
}

/**
 * Runs one scenario of the page: parses the engine input the inputs describe (so the page refuses what the API would),
 * simulates it, and shapes the chart series. Monte Carlo is left to `runPageMonteCarlo`.
 */
export function runPageScenario(state: ScenarioState, monteCarlo: MonteCarloUiState | null, fitted: FittedProcesses, tokenSymbol: string, startDay: string): PageRun {
  const raw = { ...toScenarioInput(state, tokenSymbol, startDay), ...(monteCarlo?.enabled ? { monteCarlo: toMonteCarloInput(monteCarlo, fitted) } : {}) };
  const parsed = scenarioInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "These inputs cannot be simulated." };
  const input = parsed.data;
  const result = { ...simulateScenario({ ...input, monteCarlo: undefined }), input };
  const needed = solveDailyBurnForPrice({
    startingSupply: input.startingSupply,
    startDay: input.startDay,
    targetDay: result.endDay,
    targetPriceUsd: state.targetPrice,
    // Under a market-cap assumption the market cap does not depend on supply, so any supply will do.
    marketCapUsd: computeMarketCapOnDay(input.price, input.horizonDays, 1),
    issuancePerDay: 0,
  });
  const start = { t: dayToEpochMs(startDay), day: startDay };
  const startPrice = input.price.kind === "targetPrice" ? input.price.priceUsd : input.price.marketCapUsd / input.startingSupply;
  const supplyPoints: ChartPoint[] = [{ ...start, value: input.startingSupply }];
  const pricePoints: ChartPoint[] = [{ ...start, value: startPrice }];
  for (const point of result.path) {
    const t = dayToEpochMs(point.day);
    supplyPoints.push({ t, day: point.day, value: point.supply });
    pricePoints.push({ t, day: point.day, value: point.priceUsd });
  }
  return { ok: true, input, result, needed, supplyPoints, pricePoints, endDay: result.endDay };
}

/** The bands for a run whose input asks for them, else null. */
export function runPageMonteCarlo(run: PageRun): MonteCarloResult | null {
  if (!run.ok || run.input.monteCarlo === undefined) return null;
  return runMonteCarlo(run.input, run.input.monteCarlo);
}

export type FanPoint = { t: number; day: string; outer: [number, number] | null; inner: [number, number] | null; median: number | null };

/** Percentile bands as chart rows: 5–95 and 25–75 ranges and the median; a band with no finite value leaves a gap. */
export function toFanPoints(monteCarlo: MonteCarloResult, quantity: "supply" | "priceUsd"): FanPoint[] {
  return monteCarlo.points.map((point) => {
    const bands = point[quantity];
    // Prices go on a log axis, which has no place for zero.
    const usable = (value: number | null): value is number => value !== null && Number.isFinite(value) && (quantity === "supply" ? value >= 0 : value > 0);
    const range = (low: number | null, high: number | null): [number, number] | null => (usable(low) && usable(high) ? [low, high] : null);
    return { t: dayToEpochMs(point.day), day: point.day, outer: range(bands.p5, bands.p95), inner: range(bands.p25, bands.p75), median: usable(bands.p50) ? bands.p50 : null };
  });
}
