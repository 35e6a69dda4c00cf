import { revokeKey, updateKey } from "@/lib/api/handlers/keys";
import { withApiKey } from "@/lib/api/with-api-key";

export const PATCH = withApiKey(updateKey, { scope: "keys:manage" });
export const DELETE = withApiKey(revokeKey, { scope: "keys:manage" });
