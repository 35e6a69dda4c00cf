import { getCoverage } from "@/lib/api/handlers/coverage";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getCoverage, apiOperations.getCoverage);
