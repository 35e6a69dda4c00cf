import "server-only";
import { burnKindLabels } from "@/lib/burns/burn-kinds";
import { addDays } from "@/lib/days/utc-day";
import { addDecimalStrings, decimalStringToNumber } from "@/lib/numbers/decimal";
import { computeBurnRate } from "@/lib/scenarios/presets-math";
import { buildApiQuery } from "./api-query";
import type { Directive } from "./directive";
import type { FigureReader } from "./figure-reads";
import { distinctRowSources, figureFound, figureMissing } from "./figure-result";
import { burnKindParams, burnRangeParams, burnRateParams } from "./figure-params";
import type { ResolvedFigure } from "./figure-types";
import { formatCount, formatTokenAmount } from "./format-figure";

/** The sum of a kind's burn amounts in a range (either end open), exact. */
export async function resolveBurnedInRange(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { kind, from, to } = burnRangeParams.parse(directive.params);
  const rows = (await reader.burns(kind)).filter((row) => (!from || row.day >= from) && (!to || row.day <= to));
  const query = buildApiQuery("burns", { kind, from, to });
  const method = `The sum of the ${burnKindLabels[kind].toLowerCase()} amounts from ${from ?? "the first row"} to ${to ?? "the latest row"}; a weekly row counts once.`;
  if (rows.length === 0) return figureMissing(directive, { unit: "token", query, method, missing: `The store has no ${kind} burns${from || to ? " in that range" : ""}.` });
  const total = rows.reduce((sum, row) => addDecimalStrings(sum, row.amount), "0");
  const last = rows[rows.length - 1];
  return figureFound(directive, { text: formatTokenAmount(decimalStringToNumber(total), reader.symbol), value: total, unit: "token", asOf: last?.day ?? null, query, method, sources: distinctRowSources(rows) });
}

/** The running total at a kind's latest row: everything burned since its series starts. */
export async function resolveBurnedToDate(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { kind } = burnKindParams.parse(directive.params);
  const rows = await reader.burns(kind);
  const last = rows[rows.length - 1];
  const first = rows[0];
  const method = `The running total at the latest ${kind} row, counted from the series' first day.`;
  if (!last || !first) return figureMissing(directive, { unit: "token", query: buildApiQuery("burns", { kind }), method, missing: `The store has no ${kind} burns.` });
  const query = buildApiQuery("burns", { kind, from: last.day, to: last.day });
  return figureFound(directive, { text: formatTokenAmount(decimalStringToNumber(last.runningTotal), reader.symbol), value: last.runningTotal, unit: "token", asOf: last.day, query, method: `${method} (${first.day})`, sources: distinctRowSources([last]) });
}

/** The mean burned per day over the last `window` days of a kind's series (missing days count neither way). */
export async function resolveBurnRate(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { kind, window } = burnRateParams.parse(directive.params);
  const rows = await reader.burns(kind);
  const rate = computeBurnRate(rows.map((row) => ({ day: row.day, periodDays: row.periodDays, amount: decimalStringToNumber(row.amount) })), window);
  const method = `The ${kind} amounts of the last ${window} days of the series divided by the days they cover (the scenario presets' method).`;
  if (!rate || rate.perDay === null) return figureMissing(directive, { unit: "token", query: buildApiQuery("burns", { kind }), method, missing: `The store has no ${kind} burns.` });
  const used = rows.filter((row) => addDays(row.day, Math.max(1, row.periodDays) - 1) >= rate.fromDay);
  const query = buildApiQuery("burns", { kind, from: rate.fromDay, to: rate.toDay });
  return figureFound(directive, { text: `${formatTokenAmount(rate.perDay, reader.symbol)} a day`, value: rate.perDay, unit: "token", asOf: rate.toDay, query, method, sources: distinctRowSources(used) });
}

/** How many rows a kind has (for exchange batches: how many batches were reported). */
export async function resolveBurnCount(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { kind, from, to } = burnRangeParams.parse(directive.params);
  const rows = (await reader.burns(kind)).filter((row) => (!from || row.day >= from) && (!to || row.day <= to));
  const query = buildApiQuery("burns", { kind, from, to });
  const method = `The number of ${kind} rows${from ? ` from ${from}` : ""}${to ? ` to ${to}` : ""}.`;
  if (rows.length === 0) return figureMissing(directive, { unit: "count", query, method, missing: `The store has no ${kind} burns.` });
  return figureFound(directive, { text: formatCount(rows.length), value: rows.length, unit: "count", asOf: rows[rows.length - 1]?.day ?? null, query, method, sources: distinctRowSources(rows) });
}

/** The largest single row of a kind, with its day. */
export async function resolveLargestBurn(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { kind, from, to } = burnRangeParams.parse(directive.params);
  const rows = (await reader.burns(kind)).filter((row) => (!from || row.day >= from) && (!to || row.day <= to));
  const query = buildApiQuery("burns", { kind, from, to });
  const method = `The largest single ${kind} row.`;
  if (rows.length === 0) return figureMissing(directive, { unit: "token", query, method, missing: `The store has no ${kind} burns.` });
  const largest = rows.reduce((pick, row) => (decimalStringToNumber(row.amount) > decimalStringToNumber(pick.amount) ? row : pick));
  return figureFound(directive, { text: `${formatTokenAmount(decimalStringToNumber(largest.amount), reader.symbol)} (${largest.day})`, value: largest.amount, unit: "token", asOf: largest.day, query: buildApiQuery("burns", { kind, from: largest.day, to: largest.day }), method, sources: distinctRowSources([largest]) });
}
