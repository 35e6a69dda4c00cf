import { marketChart } from "@/lib/api/handlers/coingecko";
import { apiOperations } from "@/lib/api/contract/api-operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(marketChart, apiOperations.coingeckoMarketChart);
