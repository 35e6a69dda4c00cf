import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleDisclaimer } from "@/components/articles/article-disclaimer";
import { ArticleFigureTable } from "@/components/articles/article-figure-table";
import { ArticleList } from "@/components/articles/article-list";
import { ArticleMetaLine } from "@/components/articles/article-meta-line";
import { ArticleSources } from "@/components/articles/article-sources";
import { ArticleToc } from "@/components/articles/article-toc";
import { readArticleFile } from "@/lib/articles/article-files";
import { buildArticleMetadata } from "@/lib/articles/article-metadata";
import { loadArticle } from "@/lib/articles/load-article";
import { readEnv } from "@/lib/env";

// Figures are computed from the store on every request, so a new data point shows on the next visit.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const file = readArticleFile((await params).slug);
  if (!file) return { title: "Article not found" };
  const env = readEnv();
  return buildArticleMetadata(file.slug, file.meta, env.SITE_ORIGIN ?? `http://localhost:${env.PORT}`);
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  return (
    <article data-testid="article" data-slug={article.slug}>
      <header className="mb-6">
        <p className="text-xs uppercase tracking-wide text-muted">{article.kind === "guide" ? "API guide" : "Analysis"}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{article.title}</h1>
        <p className="mt-2 max-w-prose text-muted">{article.description}</p>
        <div className="mt-2">
          <ArticleMetaLine article={article} />
        </div>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="min-w-0">
          <ArticleBody article={article} />
          <ArticleDisclaimer />
          <ArticleSources sources={article.sources} />
          <ArticleFigureTable figures={article.figures} />
        </div>
        <aside className="order-first space-y-6 lg:order-none">
          <div className="lg:sticky lg:top-4">
            <ArticleToc toc={article.toc} />
          </div>
        </aside>
      </div>
      {article.related.length > 0 ? (
        <section aria-labelledby="related-articles" className="mt-10">
          <h2 id="related-articles" className="mb-3 text-xl font-semibold">
            Related articles
          </h2>
          <ArticleList articles={article.related} testId="related-articles" />
        </section>
      ) : null}
    </article>
  );
}
