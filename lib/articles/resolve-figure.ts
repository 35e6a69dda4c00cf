import "server-only";
import { ZodError } from "zod";
import { codeConstants } from "./code-constants";
import type { Directive } from "./directive";
import { isFigureName, type FigureName } from "./figure-names";
import type { FigureReader } from "./figure-reads";
import { figureFound } from "./figure-result";
import type { ResolvedFigure } from "./figure-types";
import { resolveLatestMarketCap, resolveLatestPrice, resolvePriceChange, resolvePriceExtreme, resolvePriceOnDay } from "./resolve-price-figures";
import { resolveLatestSupply, resolveSupplyMultiple, resolveSupplyOnDay } from "./resolve-supply-figures";
import { resolveBurnCount, resolveBurnedInRange, resolveBurnedToDate, resolveBurnRate, resolveLargestBurn } from "./resolve-burn-figures";
import { resolveMarketCapAtPrice, resolveShareToBurn, resolveSupplyAtPrice, resolveYearsOfBurning, resolveYearsToPrice } from "./resolve-target-figures";

type Resolver = (directive: Directive, reader: FigureReader) => Promise<ResolvedFigure>;

function resolveCodeConstant(directive: Directive): Promise<ResolvedFigure> {
  const name = directive.params.name ?? "";
  const constant = codeConstants[name];
  if (!constant) throw new Error(`Unknown code constant "${name}"`);
  return Promise.resolve(figureFound(directive, { text: constant.text, value: constant.value, unit: constant.unit, asOf: null, query: null, method: `${name} in ${constant.where}.`, sources: [] }));
}

/** Every figure an article may bind, by directive name. */
export const figureResolvers: Record<FigureName, Resolver> = {
  price: (directive, reader) => resolvePriceOnDay(directive, reader, "price"),
  "market-cap": (directive, reader) => resolvePriceOnDay(directive, reader, "marketCap"),
  "price-latest": resolveLatestPrice,
  "market-cap-latest": resolveLatestMarketCap,
  "price-high": (directive, reader) => resolvePriceExtreme(directive, reader, "high"),
  "price-low": (directive, reader) => resolvePriceExtreme(directive, reader, "low"),
  "price-change": resolvePriceChange,
  supply: resolveSupplyOnDay,
  "supply-latest": resolveLatestSupply,
  "supply-multiple": resolveSupplyMultiple,
  burned: resolveBurnedInRange,
  "burned-to-date": resolveBurnedToDate,
  "burn-rate": resolveBurnRate,
  "burn-count": resolveBurnCount,
  "burn-largest": resolveLargestBurn,
  "market-cap-at-price": resolveMarketCapAtPrice,
  "supply-at-price": resolveSupplyAtPrice,
  "share-to-burn": resolveShareToBurn,
  "years-to-price": resolveYearsToPrice,
  "years-of-burning": resolveYearsOfBurning,
  const: resolveCodeConstant,
};

/** Computes one figure; a directive with bad parameters fails the render with a message naming it. */
export async function resolveFigure(directive: Directive, reader: FigureReader): Promise<ResolvedFigure> {
  const resolver = isFigureName(directive.name) ? figureResolvers[directive.name] : undefined;
  if (!resolver) throw new Error(`Unknown figure ${directive.raw}`);
  try {
    return await resolver(directive, reader);
  } catch (error) {
    if (error instanceof ZodError) throw new Error(`Bad parameters in ${directive.raw}: ${error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
    throw error;
  }
}
