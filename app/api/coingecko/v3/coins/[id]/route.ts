import { getCoin } from "@/lib/api/handlers/coingecko";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(getCoin, { scope: "prices:read", allowPublishable: true, allowCoingeckoHeaders: true });
