import "server-only";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { summarizeScenario } from "@/lib/scenarios/summarize-scenario";
import { runScenarioOperation, type ScenarioRunResponse } from "../contract/scenario-operations";
import { jsonResponse, parseJsonBody } from "../json";
import type { ApiHandler } from "../with-api-key";

/** Runs the same engine as the /scenarios page on the posted input; the schema's limits keep a run cheap. */
export const runScenario: ApiHandler<Record<string, never>> = async ({ rawBody }) => {
  const input = parseJsonBody(runScenarioOperation.body, rawBody);
  const result = simulateScenario(input);
  const body: ScenarioRunResponse = { ...result, summary: summarizeScenario(result) };
  return jsonResponse(body);
};
