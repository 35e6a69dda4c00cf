import { getKeyUsage } from "@/lib/api/handlers/keys";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getKeyUsage, apiOperations.getKeyUsage);
