import { z } from "zod";
import { createBoundedNumberSchema, createPositiveUsdSchema, isNotAnObject } from "./scenario-field-schemas";

const constantMarketCapSchema = z.object({
  kind: z.literal("constantMarketCap"),
  marketCapUsd: createPositiveUsdSchema("marketCapUsd"),
});

/** Market cap on the start day, compounding at `growthPerYear` (0.1 is +10% a year, -0.5 halves it every year). */
const growingMarketCapSchema = z.object({
  kind: z.literal("growingMarketCap"),
  marketCapUsd: createPositiveUsdSchema("marketCapUsd"),
  growthPerYear: createBoundedNumberSchema("growthPerYear", -0.99, 100, "a yearly growth rate as a fraction"),
});

/** Holds the price instead: the outputs then show the market cap that price needs on each date. */
const targetPriceSchema = z.object({
  kind: z.literal("targetPrice"),
  priceUsd: createPositiveUsdSchema("priceUsd"),
});

export const priceAssumptionSchema = z.discriminatedUnion("kind", [constantMarketCapSchema, growingMarketCapSchema, targetPriceSchema], {
  error: (issue) =>
    isNotAnObject(issue.input) ? "price must be an object with a kind: constantMarketCap, growingMarketCap or targetPrice." : "kind must be one of constantMarketCap, growingMarketCap, targetPrice.",
});
export type PriceAssumption = z.infer<typeof priceAssumptionSchema>;
