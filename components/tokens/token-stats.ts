export type PriceDay = { day: string; price: number };
export type SupplyDay = { day: string; circulating: string | null; total: string | null };

export type TokenStats = {
  allTimeHigh: { price: number; day: string } | null;
  latest: { price: number; day: string } | null;
  /** Fall from the all-time high to the latest stored price, as a share (0.99 = 99 % below). */
  drawdownFromHigh: number | null;
  supplyChange: { from: { day: string; amount: number }; to: { day: string; amount: number }; change: number; share: number } | null;
};

/** Key statistics over the whole stored history; every figure carries the day it comes from. */
export function computeTokenStats(prices: PriceDay[], supply: SupplyDay[]): TokenStats {
  let high: PriceDay | null = null;
  for (const row of prices) if (!high || row.price > high.price) high = row;
  const latest = prices[prices.length - 1] ?? null;
  const known = supply.flatMap((row) => {
    const amount = row.circulating ?? row.total;
    return amount === null ? [] : [{ day: row.day, amount: Number(amount) }];
  });
  const first = known[0];
  const last = known[known.length - 1];
  return {
    allTimeHigh: high ? { price: high.price, day: high.day } : null,
    latest: latest ? { price: latest.price, day: latest.day } : null,
    drawdownFromHigh: high && latest && high.price > 0 ? 1 - latest.price / high.price : null,
    supplyChange: first && last && first !== last ? { from: first, to: last, change: last.amount - first.amount, share: first.amount > 0 ? (last.amount - first.amount) / first.amount : 0 } : null,
  };
}
