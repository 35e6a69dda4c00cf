import type { ArticleSummary } from "@/lib/articles/load-article";

/** Author, dates and reading time. */
export function ArticleMetaLine({ article }: { article: ArticleSummary }) {
  return (
    <p className="text-sm text-muted" data-testid="article-meta">
      By {article.author} · Published <time dateTime={article.published}>{article.published}</time>
      {article.updated !== article.published ? (
        <>
          {" "}
          · Updated <time dateTime={article.updated}>{article.updated}</time>
        </>
      ) : null}{" "}
      · {article.readingMinutes} min read
    </p>
  );
}
