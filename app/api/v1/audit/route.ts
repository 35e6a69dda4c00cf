import { listAudit } from "@/lib/api/handlers/audit";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(listAudit, apiOperations.listAudit);
