import "server-only";
import { decimalStringToNumber } from "@/lib/numbers/decimal";
import { computeBurnRate } from "@/lib/scenarios/presets-math";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { DAYS_PER_YEAR, MAX_HORIZON_DAYS } from "@/lib/scenarios/scenario-limits";
import { solveYearsToPrice } from "@/lib/scenarios/solve-years-to-price";
import { buildApiQuery } from "./api-query";
import type { Directive } from "./directive";
import type { FigureReader } from "./figure-reads";
import { distinctRowSources, figureFound, figureMissing } from "./figure-result";
import { scenarioParams, targetPriceParams } from "./figure-params";
import type { ResolvedFigure } from "./figure-types";
import { formatPercent, formatTokenAmount, formatUsdAmount, formatYears } from "./format-figure";
import { findLatestSupplyRow } from "./resolve-supply-figures";

/** The latest market cap with its row, from the latest daily point that has one. */
async function findLatestMarketCap(reader: FigureReader) {
  const day = await reader.latestMarketCapDay();
  const row = day ? (await reader.prices(day, day))[0] : undefined;
  return row && row.marketCapUsd !== null ? { row, value: row.marketCapUsd } : null;
}

/** The market cap a target price needs at the latest stored supply: supply × price. */
export async function resolveMarketCapAtPrice(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { price, field } = targetPriceParams.parse(directive.params);
  const supply = await findLatestSupplyRow(reader, field);
  const method = `The latest ${field} supply times the target price of $${price}.`;
  if (!supply) return figureMissing(directive, { unit: "usd", query: buildApiQuery("supply"), method, missing: `The store has no ${field} supply.` });
  const value = decimalStringToNumber(supply.value) * price;
  return figureFound(directive, { text: formatUsdAmount(value), value, unit: "usd", asOf: supply.row.day, query: buildApiQuery("supply", { from: supply.row.day, to: supply.row.day }), method, sources: distinctRowSources([supply.row]) });
}

/** The supply at which the latest market cap would price a token at the target: market cap ÷ price. */
export async function resolveSupplyAtPrice(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { price } = targetPriceParams.parse(directive.params);
  const cap = await findLatestMarketCap(reader);
  const method = `The latest market cap divided by the target price of $${price}.`;
  if (!cap) return figureMissing(directive, { unit: "token", query: buildApiQuery("token"), method, missing: "The store has no market cap." });
  const value = cap.value / price;
  return figureFound(directive, { text: formatTokenAmount(value, reader.symbol), value, unit: "token", asOf: cap.row.day, query: buildApiQuery("prices", { from: cap.row.day, to: cap.row.day }), method, sources: distinctRowSources([cap.row]) });
}

/** The share of the latest supply that would have to be burned for the latest market cap to price it at the target. */
export async function resolveShareToBurn(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { price, field } = targetPriceParams.parse(directive.params);
  const [cap, supply] = await Promise.all([findLatestMarketCap(reader), findLatestSupplyRow(reader, field)]);
  const method = `1 − (latest market cap ÷ $${price}) ÷ latest ${field} supply.`;
  if (!cap || !supply) return figureMissing(directive, { unit: "percent", query: buildApiQuery("token"), method, missing: "The store lacks the market cap or the supply." });
  const value = 1 - cap.value / price / decimalStringToNumber(supply.value);
  return figureFound(directive, { text: formatPercent(value), value, unit: "percent", asOf: supply.row.day, query: buildApiQuery("supply", { from: supply.row.day, to: supply.row.day }), method, sources: distinctRowSources([supply.row, cap.row]) });
}

type ScenarioBasis = { supply: { row: { day: string }; value: string }; cap: NonNullable<Awaited<ReturnType<typeof findLatestMarketCap>>>; perDay: number; fromDay: string; toDay: string; sources: ReturnType<typeof distinctRowSources> };

async function loadScenarioBasis(reader: FigureReader, field: "total" | "circulating", window: number): Promise<ScenarioBasis | null> {
  const [cap, supply, burns] = await Promise.all([findLatestMarketCap(reader), findLatestSupplyRow(reader, field), reader.burns("total")]);
  const rate = computeBurnRate(burns.map((row) => ({ day: row.day, periodDays: row.periodDays, amount: decimalStringToNumber(row.amount) })), window);
  if (!cap || !supply || !rate || rate.perDay === null || rate.perDay <= 0) return null;
  const lastBurn = burns[burns.length - 1];
  return { cap, supply, perDay: rate.perDay, fromDay: rate.fromDay, toDay: rate.toDay, sources: distinctRowSources([supply.row as never, cap.row, ...(lastBurn ? [lastBurn] : [])]) };
}

/**
 * Years until the target price with the scenario engine (lib/scenarios): the latest supply, burned every day at the
 * recent mean rate, the latest market cap held constant; null past the engine's horizon of 100 years.
 */
export async function resolveYearsToPrice(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { price, field, window } = scenarioParams.parse(directive.params);
  const basis = await loadScenarioBasis(reader, field, window);
  const method = `Scenario engine (solveYearsToPrice): the latest ${field} supply, burned at the mean of the last ${window} days every day, with the latest market cap held constant; the first day the price reaches $${price}.`;
  const query = "/api/v1/scenarios";
  if (!basis) return figureMissing(directive, { unit: "years", query, method, missing: "The store lacks the supply, market cap or burns the scenario starts from." });
  const input = scenarioInputSchema.parse({
    startDay: basis.supply.row.day,
    startingSupply: decimalStringToNumber(basis.supply.value),
    horizonDays: MAX_HORIZON_DAYS,
    resolution: "monthly",
    burns: [{ kind: "fixedDaily", amountPerDay: basis.perDay }],
    price: { kind: "constantMarketCap", marketCapUsd: basis.cap.value },
  });
  const reached = solveYearsToPrice(input, price);
  const horizonYears = Math.round(MAX_HORIZON_DAYS / DAYS_PER_YEAR);
  const text = reached ? formatYears(reached.years) : `more than ${horizonYears} years`;
  return figureFound(directive, { text, value: reached ? reached.years : null, unit: "years", asOf: basis.toDay, query, body: input, method: `${method} POST this body to ${query} to run it.`, sources: basis.sources });
}

/** Plain arithmetic beside the engine: (supply − supply at the target) ÷ (rate × 365), however long that is. */
export async function resolveYearsOfBurning(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const { price, field, window } = scenarioParams.parse(directive.params);
  const basis = await loadScenarioBasis(reader, field, window);
  const method = `(latest ${field} supply − latest market cap ÷ $${price}) ÷ (mean daily burn of the last ${window} days × ${DAYS_PER_YEAR}).`;
  if (!basis) return figureMissing(directive, { unit: "years", query: buildApiQuery("burns", { kind: "total" }), method, missing: "The store lacks the supply, market cap or burns." });
  const excess = decimalStringToNumber(basis.supply.value) - basis.cap.value / price;
  const years = Math.max(0, excess) / (basis.perDay * DAYS_PER_YEAR);
  return figureFound(directive, { text: formatYears(years), value: years, unit: "years", asOf: basis.toDay, query: buildApiQuery("burns", { kind: "total", from: basis.fromDay, to: basis.toDay }), method, sources: basis.sources });
}
