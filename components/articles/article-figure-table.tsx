import type { ResolvedFigure } from "@/lib/articles/figure-types";

/** Every figure of the article as data: its value, the day it is as of, how it is computed and the API request. */
export function ArticleFigureTable({ figures }: { figures: ResolvedFigure[] }) {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="article-figures" className="mt-8" data-testid="article-figures">
      <h2 id="article-figures" className="mb-2 text-xl font-semibold">
        Figures on this page
      </h2>
      <p className="mb-2 text-sm text-muted">
        Computed from the store when the page was rendered. API requests need a key: see <a className="underline" href="/docs">/docs</a>.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-muted">
            <tr>
              <th className="py-1 pr-3 font-medium">Figure</th>
              <th className="py-1 pr-3 font-medium">As of</th>
              <th className="py-1 pr-3 font-medium">How</th>
              <th className="py-1 font-medium">Query</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.id} id={`figure-${figure.id}`} className="scroll-mt-20 border-t border-border align-top">
                <td className="py-1 pr-3 font-semibold">{figure.missing ? <span className="italic text-muted">no data</span> : figure.text}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{figure.asOf ?? "—"}</td>
                <td className="py-1 pr-3 text-muted">{figure.missing ?? figure.method}</td>
                <td className="py-1">{figure.body !== null ? (
                    <details>
                      <summary className="cursor-pointer">
                        <code className="text-xs">POST {figure.query}</code>
                      </summary>
                      <pre className="mt-1 overflow-x-auto text-xs">{JSON.stringify(figure.body, null, 2)}</pre>
                    </details>
                  ) : figure.query ? (
                    <a className="underline" href={figure.query}>
                      <code className="text-xs break-all">{figure.query}</code>
                    </a>
                  ) : (
                    <span className="text-muted">code</span>
                  )}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
