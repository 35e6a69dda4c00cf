import "server-only";
import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";
import { buildPricesResponse } from "@/lib/prices/prices-response";
import { findTokenBySymbol, listTokenSummaries } from "@/lib/tokens/queries";
import type { ApiHandler } from "../with-api-key";
import { jsonResponse, parseQuery } from "../json";
import { ApiProblem } from "../problem";

export const listTokens: ApiHandler<Record<string, never>> = async () => {
  const tokens = await listTokenSummaries();
  return jsonResponse(
    {
      data: tokens.map((token) => ({
        symbol: token.symbol,
        name: token.name,
        coingecko_id: token.coingeckoId,
        price_usd: token.latestPrice?.priceUsd ?? null,
        price_as_of: token.latestPrice?.day ?? null,
        price_source: token.latestPrice?.sourceName ?? null,
        market_cap_usd: token.latestMarketCap?.marketCapUsd ?? null,
        market_cap_as_of: token.latestMarketCap?.day ?? null,
      })),
    },
    { cacheSeconds: 60 },
  );
};

const dayParameter = z.string().refine(isUtcDay, "must be an ISO date YYYY-MM-DD").optional();
const priceQuerySchema = z
  .object({ from: dayParameter, to: dayParameter })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "must not be before from", path: ["to"] });

export const getTokenPrices: ApiHandler<{ symbol: string }> = async ({ request, params }) => {
  const query = parseQuery(priceQuerySchema, request);
  const token = await findTokenBySymbol(params.symbol);
  if (!token) throw new ApiProblem("not_found", `No token with the symbol "${params.symbol.slice(0, 20)}".`);
  return jsonResponse(await buildPricesResponse(token, query.from, query.to), { cacheSeconds: 60 });
};
