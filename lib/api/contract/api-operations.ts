import type { ApiOperation } from "./api-operation";
import { getArticleOperation, listArticlesOperation } from "./article-operations";
import { coinHistoryOperation, getCoinOperation, listCoinsOperation, marketChartOperation, marketChartRangeOperation, pingOperation, simplePriceOperation } from "./coingecko-operations";
import { createKeyOperation, getKeyUsageOperation, listAuditOperation, listKeysOperation, revokeKeyOperation, rotateKeyOperation, rotateSigningSecretOperation, updateKeyOperation } from "./key-operations";
import { runScenarioOperation } from "./scenario-operations";
import { getCoverageOperation, getTokenBurnsOperation, getTokenOperation, getTokenPricesOperation, getTokenSupplyOperation, listTokensOperation } from "./token-operations";

/**
 * Every keyed operation of the API, by operationId. Route files take their access rules from here, the OpenAPI
 * document and the SDK are generated from it, and a test checks it against the route files.
 */
export const apiOperations = {
  listTokens: listTokensOperation,
  getToken: getTokenOperation,
  getTokenPrices: getTokenPricesOperation,
  getTokenSupply: getTokenSupplyOperation,
  getTokenBurns: getTokenBurnsOperation,
  getCoverage: getCoverageOperation,
  runScenario: runScenarioOperation,
  listArticles: listArticlesOperation,
  getArticle: getArticleOperation,
  listKeys: listKeysOperation,
  createKey: createKeyOperation,
  updateKey: updateKeyOperation,
  revokeKey: revokeKeyOperation,
  rotateKey: rotateKeyOperation,
  rotateSigningSecret: rotateSigningSecretOperation,
  getKeyUsage: getKeyUsageOperation,
  listAudit: listAuditOperation,
  coingeckoPing: pingOperation,
  coingeckoSimplePrice: simplePriceOperation,
  coingeckoCoinsList: listCoinsOperation,
  coingeckoCoin: getCoinOperation,
  coingeckoMarketChart: marketChartOperation,
  coingeckoMarketChartRange: marketChartRangeOperation,
  coingeckoCoinHistory: coinHistoryOperation,
} as const;

export type ApiOperations = typeof apiOperations;
export type OperationId = keyof ApiOperations;

export function listApiOperations(): ApiOperation[] {
  return Object.values(apiOperations) as ApiOperation[];
}
