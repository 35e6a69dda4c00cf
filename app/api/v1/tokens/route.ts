import { listTokens } from "@/lib/api/handlers/tokens";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(listTokens, { scope: "prices:read", allowPublishable: true });
