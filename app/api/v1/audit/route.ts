import { listAudit } from "@/lib/api/handlers/audit";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(listAudit, { scope: "keys:read" });
