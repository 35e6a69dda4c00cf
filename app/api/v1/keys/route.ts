import { createKey, listKeys } from "@/lib/api/handlers/keys";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(listKeys, { scope: "keys:read" });
export const POST = withApiKey(createKey, { scope: "keys:manage" });
