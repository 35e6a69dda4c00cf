import { z } from "zod";
import { createFractionSchema, createTokenAmountSchema, createUtcDaySchema, createWholeNumberSchema, isNotAnObject } from "./scenario-field-schemas";
import { MAX_HORIZON_DAYS } from "./scenario-limits";

/** The same amount burned every day (in Monte Carlo runs it varies day to day around this mean). */
const fixedDailyBurnSchema = z.object({
  kind: z.literal("fixedDaily"),
  amountPerDay: createTokenAmountSchema("amountPerDay"),
});

/** A share of the current supply burned per year, continuously: each day keeps (1 − ratePerYear)^(1/365) of supply. */
const proportionalBurnSchema = z.object({
  kind: z.literal("proportional"),
  ratePerYear: createFractionSchema("ratePerYear"),
});

/**
 * An on-chain tax on trading volume. Volume is in tokens per day, not USD: a USD volume would tie burns to the
 * price path, and the price path depends on burns. In Monte Carlo runs the volume varies day to day around this mean.
 */
const taxBurnSchema = z.object({
  kind: z.literal("tax"),
  taxRate: createFractionSchema("taxRate"),
  dailyVolume: createTokenAmountSchema("dailyVolume"),
});

/** `amount` every `everyDays` days, first on `firstDay` (default: `everyDays` after the start day). */
const batchBurnSchema = z.object({
  kind: z.literal("batch"),
  amount: createTokenAmountSchema("amount"),
  everyDays: createWholeNumberSchema("everyDays", 1, MAX_HORIZON_DAYS, "days"),
  firstDay: createUtcDaySchema("firstDay").optional(),
});

const oneOffBurnSchema = z.object({
  kind: z.literal("oneOff"),
  amount: createTokenAmountSchema("amount"),
  day: createUtcDaySchema("day"),
});

const burnKinds = ["fixedDaily", "proportional", "tax", "batch", "oneOff"] as const;

export const burnStreamSchema = z.discriminatedUnion("kind", [fixedDailyBurnSchema, proportionalBurnSchema, taxBurnSchema, batchBurnSchema, oneOffBurnSchema], {
  error: (issue) => (isNotAnObject(issue.input) ? "Each burn must be an object with a kind." : `kind must be one of ${burnKinds.join(", ")}.`),
});
export type BurnStream = z.infer<typeof burnStreamSchema>;

/** New tokens minted every day (staking rewards, oracle pool payouts). */
export const issuanceStreamSchema = z.object({
  kind: z.literal("fixedDaily", { error: "kind must be fixedDaily: issuance is a fixed daily amount." }),
  amountPerDay: createTokenAmountSchema("amountPerDay"),
});
export type IssuanceStream = z.infer<typeof issuanceStreamSchema>;
