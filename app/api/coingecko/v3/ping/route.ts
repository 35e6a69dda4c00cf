import { ping } from "@/lib/api/handlers/coingecko";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(ping, { scope: "prices:read", allowPublishable: true, allowCoingeckoHeaders: true });
