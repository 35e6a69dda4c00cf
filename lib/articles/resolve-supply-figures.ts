import "server-only";
import { decimalStringToNumber } from "@/lib/numbers/decimal";
import { buildApiQuery } from "./api-query";
import type { Directive } from "./directive";
import type { FigureReader } from "./figure-reads";
import { distinctRowSources, figureFound, figureMissing } from "./figure-result";
import { supplyDayParams, supplyLatestParams, supplyRangeParams } from "./figure-params";
import type { ResolvedFigure } from "./figure-types";
import { formatMultiple, formatTokenAmount } from "./format-figure";

type Field = "total" | "circulating";

export async function resolveSupplyOnDay(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { day, field } = supplyDayParams.parse(directive.params);
  const query = buildApiQuery("supply", { from: day, to: day });
  const method = `The ${field} supply stored for ${day}.`;
  const row = (await reader.supply()).find((candidate) => candidate.day === day);
  const value = row?.[field] ?? null;
  if (!row || value === null) return figureMissing(directive, { unit: "token", query, method, missing: `The store has no ${field} ${reader.symbol} supply for ${day}.` });
  return figureFound(directive, { text: formatTokenAmount(decimalStringToNumber(value), reader.symbol), value, unit: "token", asOf: day, query, method, sources: distinctRowSources([row]) });
}

/** The latest stored supply that has the field; the text is followed by its day in the article. */
export async function findLatestSupplyRow(reader: FigureReader, field: Field) {
  const rows = await reader.supply();
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    const row = rows[index];
    if (row && row[field] !== null) return { row, value: row[field] as string };
  }
  return null;
}

export async function resolveLatestSupply(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { field } = supplyLatestParams.parse(directive.params);
  const method = `The latest ${field} supply in the store.`;
  const latest = await findLatestSupplyRow(reader, field);
  if (!latest) return figureMissing(directive, { unit: "token", query: buildApiQuery("supply"), method, missing: `The store has no ${field} ${reader.symbol} supply.` });
  const query = buildApiQuery("supply", { from: latest.row.day, to: latest.row.day });
  return figureFound(directive, { text: formatTokenAmount(decimalStringToNumber(latest.value), reader.symbol), value: latest.value, unit: "token", asOf: latest.row.day, query, method, sources: distinctRowSources([latest.row]) });
}

/** How many times larger the supply was on `to` than on `from`. */
export async function resolveSupplyMultiple(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { from, to, field } = supplyRangeParams.parse(directive.params);
  const query = buildApiQuery("supply", { from, to });
  const method = `The ${field} supply on ${to} divided by the ${field} supply on ${from}.`;
  const rows = await reader.supply();
  const start = rows.find((row) => row.day === from);
  const end = rows.find((row) => row.day === to);
  if (!start?.[field] || !end?.[field]) return figureMissing(directive, { unit: "ratio", query, method, missing: `The store lacks the ${field} supply on ${!start?.[field] ? from : to}.` });
  const ratio = decimalStringToNumber(end[field]) / decimalStringToNumber(start[field]);
  return figureFound(directive, { text: formatMultiple(ratio), value: ratio, unit: "ratio", asOf: to, query, method, sources: distinctRowSources([start, end]) });
}
