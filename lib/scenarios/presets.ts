import "server-only";
import { addDays } from "@/lib/days/utc-day";
import { findLatestBurnTotal, getBurnRows } from "@/lib/burns/queries";
import { findTokenBySymbol } from "@/lib/tokens/queries";
import { FIT_WINDOW_DAYS, fitScenarioProcesses, type FittedProcesses } from "./fit-processes";
import { computeBatchCadence, computeBurnRate } from "./presets-math";
import { findLastDailyBurnDay, findLatestMarketCapWithSource, findLatestTotalSupply, getDailyBurnTotalsFrom, getMarketCapsFrom } from "./presets-queries";

/** A value from the store with the day it is as of and the source it came from. */
export type Preset<T> = { value: T; asOf: string; sourceKey: string };

export type BurnRatePreset = Preset<number> & { windowDays: number; fromDay: string; coveredDays: number };

export type ScenarioPresets = {
  tokenSymbol: string;
  supply: Preset<number> | null;
  marketCap: Preset<number> | null;
  burnRates: { "30": BurnRatePreset | null; "90": BurnRatePreset | null; "365": BurnRatePreset | null };
  exchangeBatch: (Preset<number> & { everyDays: number | null; count: number; fromDay: string }) | null;
  /** Monte Carlo processes fitted to the last year of stored market caps and daily burns. */
  fitted: FittedProcesses & { marketCapSourceKey: string | null; burnSourceKey: string | null };
};

export const burnRateWindows = ["30", "90", "365"] as const;
export type BurnRateWindow = (typeof burnRateWindows)[number];

const emptyPresets = (tokenSymbol: string): ScenarioPresets => ({
  tokenSymbol,
  supply: null,
  marketCap: null,
  burnRates: { "30": null, "90": null, "365": null },
  exchangeBatch: null,
  fitted: { marketCap: null, burnVolume: null, marketCapSourceKey: null, burnSourceKey: null },
});

/** Reads the last year of market caps and daily burns (ending at each series' last stored day) and fits the processes. */
async function loadFittedProcesses(tokenId: number, latestMarketCapDay: string | null, totalSource: string): Promise<ScenarioPresets["fitted"]> {
  const lastBurnDay = await findLastDailyBurnDay(tokenId);
  const [marketCaps, dailyBurns] = await Promise.all([
    latestMarketCapDay ? getMarketCapsFrom(tokenId, addDays(latestMarketCapDay, -(FIT_WINDOW_DAYS - 1))) : Promise.resolve([]),
    lastBurnDay ? getDailyBurnTotalsFrom(tokenId, addDays(lastBurnDay, -(FIT_WINDOW_DAYS - 1))) : Promise.resolve([]),
  ]);
  return { ...fitScenarioProcesses({ marketCaps, dailyBurns }), marketCapSourceKey: null, burnSourceKey: lastBurnDay ? totalSource : null };
}

/** Starting values for the simulator, read from the store: supply, market cap, recent burn rates and exchange batches. */
export async function loadScenarioPresets(tokenSymbol = "LUNC"): Promise<ScenarioPresets> {
  const token = await findTokenBySymbol(tokenSymbol);
  if (!token) return emptyPresets(tokenSymbol);
  const latestTotal = await findLatestBurnTotal(token.id);
  // 365 days back from the last row's day, plus a week so a weekly row straddling the window's start is read too.
  const from = latestTotal ? addDays(latestTotal.day, -372) : undefined;
  const [supply, marketCap, totalRows, batchRows] = await Promise.all([
    findLatestTotalSupply(token.id),
    findLatestMarketCapWithSource(token.id),
    latestTotal ? getBurnRows(token.id, "total", from) : Promise.resolve([]),
    getBurnRows(token.id, "exchange_batch"),
  ]);
  const periods = totalRows.map((row) => ({ day: row.day, periodDays: row.periodDays, amount: Number(row.amount) }));
  const totalSource = totalRows.at(-1)?.source.key ?? "";
  const burnRate = (windowDays: number): BurnRatePreset | null => {
    const rate = computeBurnRate(periods, windowDays);
    if (rate === null || rate.perDay === null) return null;
    return { value: rate.perDay, asOf: rate.toDay, sourceKey: totalSource, windowDays, fromDay: rate.fromDay, coveredDays: rate.coveredDays };
  };
  const fitted = await loadFittedProcesses(token.id, marketCap?.day ?? null, totalSource);
  const cadence = computeBatchCadence(batchRows.map((row) => ({ day: row.day, amount: Number(row.amount) })));
  return {
    tokenSymbol: token.symbol,
    supply: supply ? { value: supply.total, asOf: supply.day, sourceKey: supply.sourceKey } : null,
    marketCap: marketCap ? { value: marketCap.marketCapUsd, asOf: marketCap.day, sourceKey: marketCap.sourceKey } : null,
    burnRates: { "30": burnRate(30), "90": burnRate(90), "365": burnRate(365) },
    exchangeBatch: cadence
      ? { value: cadence.meanAmount, asOf: cadence.toDay, sourceKey: batchRows.at(-1)?.source.key ?? "", everyDays: cadence.everyDays, count: cadence.count, fromDay: cadence.fromDay }
      : null,
    fitted: { ...fitted, marketCapSourceKey: fitted.marketCap ? (marketCap?.sourceKey ?? null) : null },
  };
}
