import "server-only";
import type { BurnKind } from "@/lib/burns/burn-kinds";
import { getBurnRows } from "@/lib/burns/queries";
import { getLatestPrices, getPriceHistoryBetween } from "@/lib/prices/queries";
import { findLatestMarketCapWithSource } from "@/lib/scenarios/presets-queries";
import { getSupplyRows } from "@/lib/supply/queries";
import { findTokenBySymbol } from "@/lib/tokens/queries";

type PriceRows = Awaited<ReturnType<typeof getPriceHistoryBetween>>;
type SupplyRows = Awaited<ReturnType<typeof getSupplyRows>>;
type BurnRows = Awaited<ReturnType<typeof getBurnRows>>;

/**
 * The store reads of one article render, through the domain queries only, each made once however many figures
 * need it. A new reader per render: figures are never cached across requests, so they follow the store.
 */
export type FigureReader = {
  symbol: string;
  prices: (from?: string, to?: string) => Promise<PriceRows>;
  latestPriceDay: () => Promise<string | null>;
  latestMarketCapDay: () => Promise<string | null>;
  supply: () => Promise<SupplyRows>;
  burns: (kind: BurnKind) => Promise<BurnRows>;
};

export async function createFigureReader(symbol = "LUNC"): Promise<FigureReader> {
  const token = await findTokenBySymbol(symbol);
  if (!token) throw new Error(`The store has no token ${symbol}: load the snapshot first (npm run ingest -- --source snapshot).`);
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key) as Promise<T>;
  };
  return {
    symbol: token.symbol,
    prices: (from, to) => once(`prices:${from}:${to}`, () => getPriceHistoryBetween(token.id, from, to)),
    latestPriceDay: () => once("latest-price", async () => (await getLatestPrices(token.id, 1))[0]?.day ?? null),
    latestMarketCapDay: () => once("latest-market-cap", async () => (await findLatestMarketCapWithSource(token.id))?.day ?? null),
    supply: () => once("supply", () => getSupplyRows(token.id)),
    burns: (kind) => once(`burns:${kind}`, () => getBurnRows(token.id, kind)),
  };
}
