import type { ArticleSource } from "@/lib/articles/figure-types";

/** The sources the article read, generated from the series its figures and charts touched. */
export function ArticleSources({ sources }: { sources: ArticleSource[] }) {
  return (
    <section aria-labelledby="article-sources" className="mt-8" data-testid="article-sources">
      <h2 id="article-sources" className="mb-2 text-xl font-semibold">
        Sources
      </h2>
      {sources.length === 0 ? (
        <p className="text-sm text-muted">This article reads no market data.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {sources.map((source) => (
            <li key={source.key}>
              {source.name} <code className="text-xs">{source.key}</code>
              {source.repository ? (
                <span className="text-muted">
                  {" "}
                  — {source.repository}
                  {source.path ? `, ${source.path}` : ""}
                  {source.commit ? ` @ ${source.commit}` : ""}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm text-muted">
        Every series, its span and its gaps: <a className="underline" href="/data">/data</a>.
      </p>
    </section>
  );
}
