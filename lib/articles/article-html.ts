import { directiveId } from "./directive";
import type { ResolvedChart } from "./figure-types";
import type { BodySegment } from "./render-markdown";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A chart's place in the standalone HTML: its title and the API requests its data comes from (the data is beside it). */
export function renderChartPlaceholder(chart: ResolvedChart): string {
  const links = chart.queries.map((query) => `<a href="${escapeHtml(query)}"><code>GET ${escapeHtml(query)}</code></a>`).join(", ");
  return `<figure data-chart="${escapeHtml(chart.id)}"><figcaption>${escapeHtml(chart.title)}</figcaption><p>Data: ${links}</p></figure>\n`;
}

/** The whole article body as one HTML string, for API consumers who do not draw the charts themselves. */
export function joinArticleHtml(segments: readonly BodySegment[], charts: readonly ResolvedChart[]): string {
  const byId = new Map(charts.map((chart) => [chart.id, chart]));
  return segments
    .map((segment) => {
      if (segment.type === "html") return segment.html;
      const chart = byId.get(directiveId(segment.directive));
      return chart ? renderChartPlaceholder(chart) : "";
    })
    .join("");
}
