import { getTokenSupply } from "@/lib/api/handlers/tokens";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getTokenSupply, { scope: "supply:read", allowPublishable: true });
