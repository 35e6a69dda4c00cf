import type { ResolvedChart } from "@/lib/articles/figure-types";
import { ArticleChart } from "./article-chart";

/** A chart with its caption, the API requests its data comes from, and a note where the store has no data. */
export function ArticleChartFigure({ chart }: { chart: ResolvedChart }) {
  const plotted = chart.points.filter((point) => Object.values(point.values).some((value) => value !== null)).length;
  return (
    <figure className="not-prose my-6 rounded-lg border border-border bg-card p-3" data-testid="article-chart" data-chart={chart.id} data-points={plotted}>
      <figcaption className="mb-2 text-sm font-medium">{chart.title}</figcaption>
      {chart.missing ? <p className="text-sm text-muted">{chart.missing}</p> : <ArticleChart chart={chart} />}
      <p className="mt-2 text-xs text-muted">
        Data:{" "}
        {chart.queries.map((query, index) => (
          <span key={query}>
            {index > 0 ? ", " : ""}
            <a className="underline" href={query} data-testid="chart-query">
              <code>GET {query}</code>
            </a>
          </span>
        ))}
        {chart.sources.length > 0 ? <> · Source: {chart.sources.map((source) => source.name).join("; ")}</> : null}
      </p>
    </figure>
  );
}
