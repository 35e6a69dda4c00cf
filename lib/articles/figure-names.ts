/** Every figure directive an article may use; lib/articles/resolve-figure.ts must resolve each (its type says so). */
export const figureNames = [
  "price",
  "market-cap",
  "price-latest",
  "market-cap-latest",
  "price-high",
  "price-low",
  "price-change",
  "supply",
  "supply-latest",
  "supply-multiple",
  "burned",
  "burned-to-date",
  "burn-rate",
  "burn-count",
  "burn-largest",
  "market-cap-at-price",
  "supply-at-price",
  "share-to-burn",
  "years-to-price",
  "years-of-burning",
  "const",
] as const;

export type FigureName = (typeof figureNames)[number];

export function isFigureName(name: string): name is FigureName {
  return (figureNames as readonly string[]).includes(name);
}
