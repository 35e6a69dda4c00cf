import { marketChart } from "@/lib/api/handlers/coingecko";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(marketChart, { scope: "prices:read", allowPublishable: true, allowCoingeckoHeaders: true });
