import { z } from "zod";
import { createBoundedNumberSchema, createWholeNumberSchema } from "./scenario-field-schemas";
import { MAX_MONTE_CARLO_PATHS } from "./scenario-limits";

export const MAX_SEED = 4_294_967_295;

/**
 * Market cap follows geometric Brownian motion. `driftPerYear` is μ (the expected market cap grows by e^μ a year, the
 * median by e^{μ − σ²/2}), as `estimateGbmParameters` gives it. Without it, μ = ln(1 + growthPerYear) + σ²/2 (growth 0
 * for a constant market cap), so the median path is the deterministic one. Bounds keep a century of compounding inside
 * double precision.
 */
export const marketCapProcessSchema = z.object({
  driftPerYear: createBoundedNumberSchema("driftPerYear", -5, 5, "a yearly drift").optional(),
  volatilityPerYear: createBoundedNumberSchema("volatilityPerYear", 0, 3, "a yearly volatility"),
});
export type MarketCapProcess = z.infer<typeof marketCapProcessSchema>;

/** Each day's fixed-daily and tax burns are scaled by an independent log-normal factor with mean 1 and this log-spread. */
export const burnVolumeProcessSchema = z.object({
  volatilityPerDay: createBoundedNumberSchema("volatilityPerDay", 0, 5, "a daily log-spread"),
});
export type BurnVolumeProcess = z.infer<typeof burnVolumeProcessSchema>;

export const monteCarloSettingsSchema = z.object({
  paths: createWholeNumberSchema("paths", 1, MAX_MONTE_CARLO_PATHS, "paths"),
  seed: createWholeNumberSchema("seed", 0, MAX_SEED, "(a 32-bit seed)"),
  marketCap: marketCapProcessSchema.default({ volatilityPerYear: 0 }),
  burnVolume: burnVolumeProcessSchema.default({ volatilityPerDay: 0 }),
});
export type MonteCarloSettings = z.infer<typeof monteCarloSettingsSchema>;
