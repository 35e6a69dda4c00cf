import { runScenario } from "@/lib/api/handlers/scenarios";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const POST = withApiKey(runScenario, apiOperations.runScenario);
