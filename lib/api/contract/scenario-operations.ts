import { z } from "zod";
import { exampleScenarioInput } from "@/lib/scenarios/example-scenario-input";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { summarizeScenario } from "@/lib/scenarios/summarize-scenario";
import { utcDayOutputSchema } from "./common-schemas";
import { defineOperation } from "./api-operation";

/** A scenario run uses this many requests' worth of the key's rate limits. */
export const SCENARIO_RUN_COST = 5;

const bandsSchema = z.object({ p5: z.number().nullable(), p25: z.number().nullable(), p50: z.number().nullable(), p75: z.number().nullable(), p95: z.number().nullable() });

export const scenarioRunResponseSchema = z
  .object({
    input: z.looseObject({}).meta({ description: "The input as the engine read it, defaults filled in" }),
    endDay: utcDayOutputSchema,
    path: z.array(
      z.object({
        day: utcDayOutputSchema,
        supply: z.number(),
        burned: z.number(),
        issued: z.number(),
        cumulativeBurned: z.number(),
        marketCapUsd: z.number(),
        priceUsd: z.number().nullable(),
      }),
    ),
    supplyTarget: z.object({ level: z.number(), reachedOn: utcDayOutputSchema.nullable() }).nullable(),
    priceGoal: z
      .object({
        priceUsd: z.number(),
        reached: z.object({ day: utcDayOutputSchema, days: z.number(), years: z.number() }).nullable(),
        dailyBurnNeeded: z.looseObject({ status: z.enum(["burnNeeded", "alreadyThere", "impossible"]) }).nullable(),
      })
      .nullable(),
    monteCarlo: z
      .looseObject({
        paths: z.number().int(),
        seed: z.number().int(),
        marketCapDriftPerYear: z.number().nullable(),
        points: z.array(z.looseObject({ day: utcDayOutputSchema, supply: bandsSchema.optional(), priceUsd: bandsSchema.optional() })),
      })
      .nullable(),
    summary: z.array(z.string()).meta({ description: "The result in plain sentences, as the /scenarios page shows it" }),
  })
  .meta({ id: "ScenarioRun" });
export type ScenarioRunResponse = z.infer<typeof scenarioRunResponseSchema>;

export const runScenarioOperation = defineOperation({
  operationId: "runScenario",
  invalidExample: { body: { ...exampleScenarioInput, horizonDays: -5 }, parameter: "horizonDays" },
  method: "post",
  path: "/api/v1/scenarios",
  tag: "Scenarios",
  summary: "Run the burn-rate scenario engine: supply and price paths, targets, solvers and Monte Carlo bands",
  description: "The same engine as the /scenarios page. Stateless, so it needs no signature and publishable keys may call it; one run costs 5 requests of the rate limits. Limits on horizon and Monte Carlo paths keep a run cheap.",
  scope: "scenarios:run",
  allowPublishable: true,
  stateless: true,
  cost: SCENARIO_RUN_COST,
  body: scenarioInputSchema,
  response: scenarioRunResponseSchema,
  problems: ["invalid_request", "unprocessable"],
  example: {
    body: exampleScenarioInput,
    response: () => {
      const result = simulateScenario(scenarioInputSchema.parse(exampleScenarioInput));
      return { ...result, summary: summarizeScenario(result) };
    },
  },
});
