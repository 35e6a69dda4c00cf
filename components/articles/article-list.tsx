import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/load-article";

export function ArticleList({ articles, testId = "article-list" }: { articles: ArticleSummary[]; testId?: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2" data-testid={testId}>
      {articles.map((article) => (
        <li key={article.slug} className="rounded-lg border border-border bg-card p-4">
          <p className="text-xs uppercase tracking-wide text-muted">{article.kind === "guide" ? "API guide" : "Analysis"}</p>
          <h2 className="mt-1 text-lg font-semibold">
            <Link className="hover:underline" href={`/articles/${article.slug}`}>
              {article.title}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-muted">{article.description}</p>
          <p className="mt-2 text-xs text-muted">
            {article.author} · <time dateTime={article.published}>{article.published}</time> · {article.readingMinutes} min read
          </p>
        </li>
      ))}
    </ul>
  );
}
