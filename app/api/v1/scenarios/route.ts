import { runScenario, SCENARIO_RUN_COST } from "@/lib/api/handlers/scenarios";
import { withApiKey } from "@/lib/api/with-api-key";

export const POST = withApiKey(runScenario, { scope: "scenarios:run", allowPublishable: true, stateless: true, cost: SCENARIO_RUN_COST });
