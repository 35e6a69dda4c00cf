import { createKey, listKeys } from "@/lib/api/handlers/keys";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(listKeys, apiOperations.listKeys);
export const POST = withApiKey(createKey, apiOperations.createKey);
