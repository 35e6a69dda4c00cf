import "server-only";
import { buildApiQuery } from "./api-query";
import type { Directive } from "./directive";
import type { FigureReader } from "./figure-reads";
import { figureFound, figureMissing, distinctRowSources } from "./figure-result";
import { dayParams, rangeParams } from "./figure-params";
import type { ResolvedFigure } from "./figure-types";
import { formatPercent, formatUsdAmount } from "./format-figure";

export async function resolvePriceOnDay(directive: Directive, reader: FigureReader, field: "price" | "marketCap"): Promise<ResolvedFigure> {
  const { day } = dayParams.parse(directive.params);
  const query = buildApiQuery("prices", { from: day, to: day });
  const row = (await reader.prices(day, day))[0];
  const value = row ? (field === "price" ? row.priceUsd : row.marketCapUsd) : null;
  const label = field === "price" ? "price" : "market cap";
  const method = `The ${label} of the daily point on ${day} (00:00 UTC).`;
  if (!row || value === null) return figureMissing(directive, { unit: "usd", query, method, missing: `The store has no ${reader.symbol} ${label} for ${day}.` });
  return figureFound(directive, { text: formatUsdAmount(value), value, unit: "usd", asOf: day, query, method, sources: distinctRowSources([row]) });
}

export async function resolveLatestPrice(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const day = await reader.latestPriceDay();
  const method = "The price of the latest daily point in the store.";
  if (!day) return figureMissing(directive, { unit: "usd", query: buildApiQuery("token"), method, missing: `The store has no ${reader.symbol} price.` });
  const row = (await reader.prices(day, day))[0];
  const query = buildApiQuery("prices", { from: day, to: day });
  if (!row) return figureMissing(directive, { unit: "usd", query, method, missing: `The store has no ${reader.symbol} price.` });
  return figureFound(directive, { text: formatUsdAmount(row.priceUsd), value: row.priceUsd, unit: "usd", asOf: day, query, method, sources: distinctRowSources([row]) });
}

export async function resolveLatestMarketCap(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const day = await reader.latestMarketCapDay();
  const method = "The market cap of the latest daily point that has one.";
  const row = day ? (await reader.prices(day, day))[0] : undefined;
  if (!day || !row || row.marketCapUsd === null) return figureMissing(directive, { unit: "usd", query: buildApiQuery("token"), method, missing: `The store has no ${reader.symbol} market cap.` });
  return figureFound(directive, { text: formatUsdAmount(row.marketCapUsd), value: row.marketCapUsd, unit: "usd", asOf: day, query: buildApiQuery("prices", { from: day, to: day }), method, sources: distinctRowSources([row]) });
}

/** The highest or lowest daily price in a range; the text names its day. */
export async function resolvePriceExtreme(directive: Directive, reader: FigureReader, which: "high" | "low"): Promise<ResolvedFigure> {
  const { from, to } = rangeParams.parse(directive.params);
  const rows = await reader.prices(from, to);
  const query = buildApiQuery("prices", { from, to });
  const method = `The ${which === "high" ? "highest" : "lowest"} daily (00:00 UTC) price from ${from} to ${to ?? "the latest point"}.`;
  if (rows.length === 0) return figureMissing(directive, { unit: "usd", query, method, missing: `The store has no ${reader.symbol} prices in that range.` });
  const best = rows.reduce((pick, row) => ((which === "high" ? row.priceUsd > pick.priceUsd : row.priceUsd < pick.priceUsd) ? row : pick));
  return figureFound(directive, { text: `${formatUsdAmount(best.priceUsd)} (${best.day})`, value: best.priceUsd, unit: "usd", asOf: best.day, query, method, sources: distinctRowSources([best]) });
}

/** The change from the price on `from` to the price on `to` (or the latest), as a percentage. */
export async function resolvePriceChange(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const params = rangeParams.parse(directive.params);
  const to = params.to ?? (await reader.latestPriceDay()) ?? params.from;
  const query = buildApiQuery("prices", { from: params.from, to });
  const method = `The price on ${to} divided by the price on ${params.from}, minus one.`;
  const [start, end] = [(await reader.prices(params.from, params.from))[0], (await reader.prices(to, to))[0]];
  if (!start || !end) return figureMissing(directive, { unit: "percent", query, method, missing: `The store lacks the ${reader.symbol} price on ${!start ? params.from : to}.` });
  const change = end.priceUsd / start.priceUsd - 1;
  return figureFound(directive, { text: formatPercent(change), value: change, unit: "percent", asOf: to, query, method, sources: distinctRowSources([start, end]) });
}
