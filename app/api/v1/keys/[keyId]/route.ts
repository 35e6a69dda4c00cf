import { revokeKey, updateKey } from "@/lib/api/handlers/keys";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const PATCH = withApiKey(updateKey, apiOperations.updateKey);
export const DELETE = withApiKey(revokeKey, apiOperations.revokeKey);
