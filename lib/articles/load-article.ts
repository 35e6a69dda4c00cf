import "server-only";
import { directiveId } from "./directive";
import { readAllArticleFiles, readArticleFile, type ArticleSourceFile } from "./article-files";
import { collectArticleSources } from "./collect-sources";
import { createFigureReader } from "./figure-reads";
import type { ArticleMeta } from "./frontmatter";
import type { ArticleSource, ResolvedChart, ResolvedFigure } from "./figure-types";
import { estimateReadingMinutes } from "./reading-time";
import { pickRelatedArticles } from "./related-articles";
import { listFigureDirectives, renderArticleBody, type BodySegment, type TocEntry } from "./render-markdown";
import { resolveChart } from "./resolve-chart";
import { resolveFigure } from "./resolve-figure";

export type ArticleSummary = ArticleMeta & { slug: string; readingMinutes: number };

export type RenderedArticle = ArticleSummary & {
  segments: BodySegment[];
  toc: TocEntry[];
  figures: ResolvedFigure[];
  charts: ResolvedChart[];
  sources: ArticleSource[];
  related: ArticleSummary[];
};

function summarize(file: ArticleSourceFile): ArticleSummary {
  return { slug: file.slug, ...file.meta, readingMinutes: estimateReadingMinutes(file.body) };
}

/** Every article's metadata, newest first (nothing is computed from the store). */
export function listArticleSummaries(): ArticleSummary[] {
  return readAllArticleFiles().map(summarize);
}

/**
 * One article with every figure and chart computed from the store now: never cached, so a new data point changes
 * the article on its next render. Null when there is no such article.
 */
export async function loadArticle(slug: string): Promise<RenderedArticle | null> {
  const file = readArticleFile(slug);
  if (!file) return null;
  const reader = await createFigureReader();
  const figureDirectives = listFigureDirectives(file.body);
  const unique = [...new Map(figureDirectives.map((directive) => [directiveId(directive), directive])).values()];
  const figures = await Promise.all(unique.map((directive) => resolveFigure(directive, reader)));
  const rendered = renderArticleBody(file.body, new Map(figures.map((figure) => [figure.id, figure])));
  const charts = await Promise.all(rendered.segments.flatMap((segment) => (segment.type === "chart" ? [resolveChart(segment.directive, reader)] : [])));
  const summaries = listArticleSummaries();
  const summary = summarize(file);
  const related = pickRelatedArticles(summary, summaries).map((picked) => summaries.find((candidate) => candidate.slug === picked.slug) as ArticleSummary);
  return { ...summary, segments: rendered.segments, toc: rendered.toc, figures, charts, sources: collectArticleSources(figures, charts), related };
}
