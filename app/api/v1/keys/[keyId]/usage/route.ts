import { getKeyUsage } from "@/lib/api/handlers/keys";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getKeyUsage, { scope: "usage:read" });
