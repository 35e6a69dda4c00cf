import { getTokenBurns } from "@/lib/api/handlers/tokens";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getTokenBurns, { scope: "burns:read", allowPublishable: true });
