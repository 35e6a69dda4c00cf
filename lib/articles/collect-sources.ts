import type { ArticleSource, ResolvedChart, ResolvedFigure } from "./figure-types";

/** The sources an article's figures and charts read, each once, ordered by key. */
export function collectArticleSources(figures: readonly ResolvedFigure[], charts: readonly ResolvedChart[]): ArticleSource[] {
  const byKey = new Map<string, ArticleSource>();
  for (const item of [...figures, ...charts]) for (const source of item.sources) byKey.set(source.key, source);
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
