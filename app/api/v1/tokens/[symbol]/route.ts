import { getToken } from "@/lib/api/handlers/tokens";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getToken, { scope: "prices:read", allowPublishable: true });
