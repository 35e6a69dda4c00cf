import type { TocEntry } from "@/lib/articles/render-markdown";

export function ArticleToc({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav aria-label="Contents" className="rounded-lg border border-border bg-card p-4 text-sm" data-testid="article-toc">
      <h2 className="mb-2 font-semibold">Contents</h2>
      <ol className="space-y-1">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? "pl-4" : ""}>
            <a className="hover:underline" href={`#${entry.id}`}>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
