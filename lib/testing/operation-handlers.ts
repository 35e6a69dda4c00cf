import type { OperationId } from "@/lib/api/contract/api-operations";
import { getArticle, listArticles } from "@/lib/api/handlers/articles";
import { listAudit } from "@/lib/api/handlers/audit";
import { coinHistory, getCoin, listCoins, marketChart, marketChartRange, ping, simplePrice } from "@/lib/api/handlers/coingecko";
import { getCoverage } from "@/lib/api/handlers/coverage";
import { createKey, getKeyUsage, listKeys, revokeKey, rotateKey, rotateKeySigningSecret, updateKey } from "@/lib/api/handlers/keys";
import { runScenario } from "@/lib/api/handlers/scenarios";
import { getToken, getTokenBurns, getTokenPrices, getTokenSupply, listTokens } from "@/lib/api/handlers/tokens";
import type { ApiHandler } from "@/lib/api/with-api-key";

/** The handler behind each operation, as the route files wire them, for tests that drive every operation in-process. */
export const operationHandlers: Record<OperationId, ApiHandler<never>> = {
  listTokens,
  getToken,
  getTokenPrices,
  getTokenSupply,
  getTokenBurns,
  getCoverage,
  runScenario,
  listArticles,
  getArticle,
  listKeys,
  createKey,
  updateKey,
  revokeKey,
  rotateKey,
  rotateSigningSecret: rotateKeySigningSecret,
  getKeyUsage,
  listAudit,
  coingeckoPing: ping,
  coingeckoSimplePrice: simplePrice,
  coingeckoCoinsList: listCoins,
  coingeckoCoin: getCoin,
  coingeckoMarketChart: marketChart,
  coingeckoMarketChartRange: marketChartRange,
  coingeckoCoinHistory: coinHistory,
};
