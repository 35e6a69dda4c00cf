import { getTokenPrices } from "@/lib/api/handlers/tokens";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getTokenPrices, { scope: "prices:read", allowPublishable: true });
