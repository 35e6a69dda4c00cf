import { getTokenSupply } from "@/lib/api/handlers/tokens";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getTokenSupply, apiOperations.getTokenSupply);
