import { rotateKey } from "@/lib/api/handlers/keys";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const POST = withApiKey(rotateKey, apiOperations.rotateKey);
