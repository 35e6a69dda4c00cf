import "server-only";
import { findLatestSupply } from "@/lib/supply/queries";
import { daysOfRange, dayToUnixSeconds } from "@/lib/coingecko-compat/params";
import { toMarketChart, toSimplePrice } from "@/lib/coingecko-compat/shapes";
import { addDays } from "@/lib/days/utc-day";
import { findPriceOnDay, getLatestPrices, getPriceHistoryBetween } from "@/lib/prices/queries";
import { findTokenByCoingeckoId, listTokensByRank } from "@/lib/tokens/queries";
import { cachedJson } from "../cached-response";
import { coinHistoryOperation, marketChartOperation, marketChartRangeOperation, simplePriceOperation } from "../contract/coingecko-operations";
import { parseQuery } from "../json";
import { ApiProblem } from "../problem";
import type { ApiHandler } from "../with-api-key";

type CoinParams = { id: string };

async function findCoinOr404(id: string) {
  const token = await findTokenByCoingeckoId(id);
  if (!token) throw new ApiProblem("not_found", `No coin with the id "${id.slice(0, 60)}"; see /coins/list.`);
  return token;
}

const describeCoin = (token: { coingeckoId: string; symbol: string; name: string }) => ({ id: token.coingeckoId, symbol: token.symbol.toLowerCase(), name: token.name });

export const ping: ApiHandler<Record<string, never>> = async ({ request }) => cachedJson(request, { gecko_says: "(V3) To the Moon!" });

export const listCoins: ApiHandler<Record<string, never>> = async ({ request }) => cachedJson(request, (await listTokensByRank()).map(describeCoin));

/** /simple/price: the latest stored day of each known id; unknown ids are left out, as CoinGecko does. */
export const simplePrice: ApiHandler<Record<string, never>> = async ({ request }) => {
  const query = parseQuery(simplePriceOperation.query, request);
  const answer: Record<string, Record<string, number>> = {};
  for (const id of [...new Set(query.ids.split(",").map((part) => part.trim().toLowerCase()))].slice(0, 50)) {
    const token = await findTokenByCoingeckoId(id);
    if (!token) continue;
    const [latest, previous] = await getLatestPrices(token.id, 2);
    if (!latest) continue;
    const dayBefore = previous && previous.day === addDays(latest.day, -1) ? previous : null;
    answer[id] = toSimplePrice(latest, dayBefore, { marketCap: query.include_market_cap, volume: query.include_24hr_vol, change: query.include_24hr_change, lastUpdated: query.include_last_updated_at });
  }
  return cachedJson(request, answer);
};

export const getCoin: ApiHandler<CoinParams> = async ({ request, params }) => {
  const token = await findCoinOr404(params.id);
  const [[latest], supply] = await Promise.all([getLatestPrices(token.id, 1), findLatestSupply(token.id)]);
  return cachedJson(request, {
    ...describeCoin(token),
    last_updated: latest ? new Date(dayToUnixSeconds(latest.day) * 1000).toISOString() : null,
    market_data: {
      current_price: latest ? { usd: latest.priceUsd } : {},
      market_cap: latest?.marketCapUsd != null ? { usd: latest.marketCapUsd } : {},
      total_volume: latest?.volumeUsd != null ? { usd: latest.volumeUsd } : {},
      circulating_supply: supply?.circulating != null ? Number(supply.circulating) : null,
      total_supply: supply?.total != null ? Number(supply.total) : null,
      last_updated: latest ? new Date(dayToUnixSeconds(latest.day) * 1000).toISOString() : null,
    },
  });
};

/** /market_chart: `days` counts back from the latest stored day (the store may end before today), inclusive. */
export const marketChart: ApiHandler<CoinParams> = async ({ request, params }) => {
  const query = parseQuery(marketChartOperation.query, request);
  const token = await findCoinOr404(params.id);
  const [latest] = await getLatestPrices(token.id, 1);
  const from = query.days === "max" || !latest ? undefined : addDays(latest.day, -(query.days - 1));
  return cachedJson(request, toMarketChart(await getPriceHistoryBetween(token.id, from, undefined)));
};

export const marketChartRange: ApiHandler<CoinParams> = async ({ request, params }) => {
  const query = parseQuery(marketChartRangeOperation.query, request);
  if (query.to < query.from) throw new ApiProblem("invalid_request", 'Query parameter "to": must not be before from', { fields: { parameter: "to" } });
  const token = await findCoinOr404(params.id);
  const days = daysOfRange(query.from, query.to);
  return cachedJson(request, toMarketChart(days.from > days.to ? [] : await getPriceHistoryBetween(token.id, days.from, days.to)));
};

export const coinHistory: ApiHandler<CoinParams> = async ({ request, params }) => {
  const { date } = parseQuery(coinHistoryOperation.query, request);
  const token = await findCoinOr404(params.id);
  const row = await findPriceOnDay(token.id, date);
  return cachedJson(request, {
    ...describeCoin(token),
    ...(row
      ? {
          market_data: {
            current_price: { usd: row.priceUsd },
            market_cap: row.marketCapUsd !== null ? { usd: row.marketCapUsd } : {},
            total_volume: row.volumeUsd !== null ? { usd: row.volumeUsd } : {},
          },
        }
      : {}),
  });
};
