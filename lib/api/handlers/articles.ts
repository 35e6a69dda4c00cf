import "server-only";
import { joinArticleHtml } from "@/lib/articles/article-html";
import { listArticleSummaries, loadArticle, type ArticleSummary } from "@/lib/articles/load-article";
import { cachedJson } from "../cached-response";
import type { ArticleDetailResponse, ArticleListResponse } from "../contract/article-operations";
import { ApiProblem } from "../problem";
import type { ApiHandler } from "../with-api-key";

function toSummary(article: ArticleSummary): ArticleListResponse["data"][number] {
  const { slug, title, description, author, published, updated, tags, kind, readingMinutes } = article;
  return { slug, title, description, author, published, updated, tags, kind, reading_minutes: readingMinutes, url: `/articles/${slug}` };
}

export const listArticles: ApiHandler<Record<string, never>> = async ({ request }) => {
  const body: ArticleListResponse = { data: listArticleSummaries().map(toSummary) };
  return cachedJson(request, body);
};

export const getArticle: ApiHandler<{ slug: string }> = async ({ request, params }) => {
  const article = await loadArticle(params.slug);
  if (!article) throw new ApiProblem("not_found", `No article with the slug "${params.slug.slice(0, 100)}".`);
  const body: ArticleDetailResponse = {
    ...toSummary(article),
    html: joinArticleHtml(article.segments, article.charts),
    toc: article.toc,
    figures: article.figures.map((figure) => ({
      id: figure.id,
      name: figure.name,
      params: figure.params,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      as_of: figure.asOf,
      query: figure.query,
      body: figure.body,
      method: figure.method,
      missing: figure.missing,
      sources: figure.sources.map((source) => source.key),
    })),
    charts: article.charts.map(({ id, type, title, kind, scale, unit, series, points, queries, missing }) => ({ id, type, title, kind, scale, unit, series, points, queries, missing })),
    sources: article.sources,
    related: article.related.map((related) => related.slug),
  };
  return cachedJson(request, body);
};
