import "server-only";
import { getDb } from "@/lib/db";

export type TokenSummary = {
  symbol: string;
  name: string;
  coingeckoId: string;
  latestPrice: { day: string; priceUsd: number; sourceName: string } | null;
  latestMarketCap: { day: string; marketCapUsd: number } | null;
};

async function findLatestPrice(tokenId: number) {
  return getDb().pricePoint.findFirst({ where: { tokenId }, orderBy: { day: "desc" }, include: { source: { select: { name: true } } } });
}

async function findLatestMarketCap(tokenId: number) {
  return getDb().pricePoint.findFirst({ where: { tokenId, marketCapUsd: { not: null } }, orderBy: { day: "desc" }, select: { day: true, marketCapUsd: true } });
}

type TokenRow = { id: number; symbol: string; name: string; coingeckoId: string };

/** One token with its latest stored price and the latest known market cap, each with the day it is as of. */
export async function summarizeToken(token: TokenRow): Promise<TokenSummary> {
  const [price, marketCap] = await Promise.all([findLatestPrice(token.id), findLatestMarketCap(token.id)]);
  return {
    symbol: token.symbol,
    name: token.name,
    coingeckoId: token.coingeckoId,
    latestPrice: price ? { day: price.day, priceUsd: price.priceUsd, sourceName: price.source.name } : null,
    latestMarketCap: marketCap?.marketCapUsd != null ? { day: marketCap.day, marketCapUsd: marketCap.marketCapUsd } : null,
  };
}

/** Every token, in the site's order, summarized. */
export async function listTokenSummaries(): Promise<TokenSummary[]> {
  const tokens = await getDb().token.findMany({ orderBy: { rank: "asc" } });
  return Promise.all(tokens.map(summarizeToken));
}

/** A token by its symbol in any letter case, or null. */
export async function findTokenBySymbol(symbol: string) {
  if (!/^[A-Za-z0-9]{1,10}$/.test(symbol)) return null;
  return getDb().token.findUnique({ where: { symbol: symbol.toUpperCase() } });
}

export async function findTokenByCoingeckoId(coingeckoId: string) {
  if (!/^[a-z0-9-]{1,100}$/.test(coingeckoId)) return null;
  return getDb().token.findUnique({ where: { coingeckoId } });
}

export async function listTokensByRank() {
  return getDb().token.findMany({ orderBy: { rank: "asc" } });
}
