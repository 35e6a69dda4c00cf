import type { Directive } from "./directive";
import { directiveId } from "./directive";
import type { ArticleSource, ResolvedFigure } from "./figure-types";

type SourceLike = { key: string; name: string; repository: string | null; path: string | null; commit: string | null };

/** The distinct sources of some rows, in first-seen order. */
export function distinctRowSources(rows: readonly { source: SourceLike }[]): ArticleSource[] {
  const seen = new Map<string, ArticleSource>();
  for (const { source } of rows) if (!seen.has(source.key)) seen.set(source.key, { key: source.key, name: source.name, repository: source.repository, path: source.path, commit: source.commit });
  return [...seen.values()];
}

type FigureFields = Omit<ResolvedFigure, "id" | "name" | "params" | "missing" | "body"> & { body?: unknown };

export function figureFound(directive: Directive, fields: FigureFields): ResolvedFigure {
  return { id: directiveId(directive), name: directive.name, params: directive.params, missing: null, ...fields, body: fields.body ?? null };
}

/** A figure the store cannot answer: the reader sees that the data is missing, never a made-up value. */
export function figureMissing(directive: Directive, fields: { unit: ResolvedFigure["unit"]; query: string | null; method: string; missing: string }): ResolvedFigure {
  return { id: directiveId(directive), name: directive.name, params: directive.params, text: "no data", value: null, asOf: null, sources: [], body: null, ...fields };
}
