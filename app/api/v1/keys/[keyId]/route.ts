import { revokeKey } from "@/lib/api/handlers/keys";
import { withApiKey } from "@/lib/api/with-api-key";

export const DELETE = withApiKey(revokeKey, { scope: "keys:manage" });
