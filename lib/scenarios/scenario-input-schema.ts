import { z } from "zod";
import { addDays, isUtcDay } from "@/lib/days/utc-day";
import { burnStreamSchema, issuanceStreamSchema } from "./burn-stream-schema";
import { monteCarloSettingsSchema } from "./monte-carlo-settings-schema";
import { priceAssumptionSchema } from "./price-assumption-schema";
import { createPositiveTokenAmountSchema, createPositiveUsdSchema, createUtcDaySchema, createWholeNumberSchema } from "./scenario-field-schemas";
import { MAX_BURN_STREAMS, MAX_HORIZON_DAYS, MAX_ISSUANCE_STREAMS, MAX_MONTE_CARLO_STEPS } from "./scenario-limits";

const symbolMessage = "tokenSymbol must be 1 to 12 letters, digits or dots.";
const resolutionMessage = 'resolution must be "daily" or "monthly".';

/** "What would it take to reach this price?" Answered within the horizon, and by `byDay` when given. */
export const priceGoalSchema = z.object({
  priceUsd: createPositiveUsdSchema("priceUsd"),
  byDay: createUtcDaySchema("byDay").optional(),
});
export type PriceGoal = z.infer<typeof priceGoalSchema>;

const scenarioFieldsSchema = z.object({
  tokenSymbol: z.string({ error: symbolMessage }).regex(/^[A-Za-z0-9.]{1,12}$/, symbolMessage).default("LUNC"),
  /** Day 0: supply is `startingSupply` at its end; burns and issuance start the day after. */
  startDay: createUtcDaySchema("startDay"),
  startingSupply: createPositiveTokenAmountSchema("startingSupply"),
  horizonDays: createWholeNumberSchema("horizonDays", 1, MAX_HORIZON_DAYS, "days (100 years at most)"),
  resolution: z.enum(["daily", "monthly"], { error: resolutionMessage }).default("monthly"),
  burns: z
    .array(burnStreamSchema, { error: "burns must be a list of burn streams." })
    .max(MAX_BURN_STREAMS, `burns may list at most ${MAX_BURN_STREAMS} streams.`)
    .default([]),
  issuance: z
    .array(issuanceStreamSchema, { error: "issuance must be a list of issuance streams." })
    .max(MAX_ISSUANCE_STREAMS, `issuance may list at most ${MAX_ISSUANCE_STREAMS} streams.`)
    .default([]),
  price: priceAssumptionSchema,
  /** Report the first day supply is at or below this many tokens. */
  supplyTarget: createPositiveTokenAmountSchema("supplyTarget").optional(),
  priceGoal: priceGoalSchema.optional(),
  monteCarlo: monteCarloSettingsSchema.optional(),
});

type ScenarioFields = z.infer<typeof scenarioFieldsSchema>;

// Refinements also run on values that failed a field check, so each check first makes sure its fields are usable.
function checkDaysAndCost(input: ScenarioFields, context: z.RefinementCtx): void {
  const horizonValid = Number.isInteger(input.horizonDays) && input.horizonDays >= 1 && input.horizonDays <= MAX_HORIZON_DAYS;
  if (isUtcDay(input.startDay) && horizonValid) {
    const endDay = addDays(input.startDay, input.horizonDays);
    const window = `after startDay (${input.startDay}) and no later than ${endDay}, the end of the horizon`;
    input.burns.forEach((burn, index) => {
      if (burn.kind === "oneOff" && isUtcDay(burn.day) && (burn.day <= input.startDay || burn.day > endDay)) {
        context.addIssue({ code: "custom", path: ["burns", index, "day"], message: `day must fall ${window}.` });
      }
      if (burn.kind === "batch" && burn.firstDay !== undefined && isUtcDay(burn.firstDay) && burn.firstDay <= input.startDay) {
        context.addIssue({ code: "custom", path: ["burns", index, "firstDay"], message: `firstDay must fall after startDay (${input.startDay}).` });
      }
    });
    const byDay = input.priceGoal?.byDay;
    if (byDay !== undefined && isUtcDay(byDay) && (byDay <= input.startDay || byDay > endDay)) {
      context.addIssue({ code: "custom", path: ["priceGoal", "byDay"], message: `byDay must fall ${window}.` });
    }
  }
  const monteCarlo = input.monteCarlo;
  if (monteCarlo === undefined) return;
  if (input.resolution !== "monthly") {
    context.addIssue({ code: "custom", path: ["resolution"], message: 'resolution must be "monthly" for Monte Carlo runs.' });
  }
  if (horizonValid && Number.isInteger(monteCarlo.paths) && monteCarlo.paths * input.horizonDays > MAX_MONTE_CARLO_STEPS) {
    const allowed = Math.max(1, Math.floor(MAX_MONTE_CARLO_STEPS / input.horizonDays));
    context.addIssue({
      code: "custom",
      path: ["monteCarlo", "paths"],
      message: `paths × horizonDays may be at most ${MAX_MONTE_CARLO_STEPS.toLocaleString("en-US")} daily steps: over ${input.horizonDays.toLocaleString("en-US")} days use at most ${allowed.toLocaleString("en-US")} paths.`,
    });
  }
}

export const scenarioInputSchema = scenarioFieldsSchema.superRefine(checkDaysAndCost);
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;
