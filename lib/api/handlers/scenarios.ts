import "server-only";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { summarizeScenario } from "@/lib/scenarios/summarize-scenario";
import { jsonResponse, parseJsonBody } from "../json";
import type { ApiHandler } from "../with-api-key";

/** Runs the same engine as the /scenarios page on the posted input; the schema's limits keep a run cheap. */
export const runScenario: ApiHandler<Record<string, never>> = async ({ rawBody }) => {
  const input = parseJsonBody(scenarioInputSchema, rawBody);
  const result = simulateScenario(input);
  return jsonResponse({ ...result, summary: summarizeScenario(result) });
};

/** A scenario run uses this many requests' worth of the key's rate limits. */
export const SCENARIO_RUN_COST = 5;
