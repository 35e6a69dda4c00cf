import { directiveId } from "@/lib/articles/directive";
import type { RenderedArticle } from "@/lib/articles/load-article";
import { ArticleChartFigure } from "./article-chart-figure";

// Styles for the rendered Markdown, scoped to the article body (the site has no typography plugin).
const proseClasses = [
  "max-w-3xl leading-relaxed",
  "[&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:scroll-mt-20 [&_h2]:text-xl [&_h2]:font-semibold",
  "[&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:scroll-mt-20 [&_h3]:text-lg [&_h3]:font-semibold",
  "[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1",
  "[&_a]:text-accent [&_a]:underline [&_code]:rounded [&_code]:bg-card [&_code]:px-1 [&_code]:text-sm",
  "[&_pre]:my-4 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:border [&_pre]:border-border [&_pre]:bg-card [&_pre]:p-3 [&_pre_code]:px-0",
  "[&_.live-figure]:font-semibold [&_.live-figure]:decoration-dotted [&_.live-figure-missing]:text-muted [&_.live-figure-missing]:italic",
].join(" ");

/** The article's HTML parts (rendered on the server from its Markdown) with its live charts between them. */
export function ArticleBody({ article }: { article: RenderedArticle }) {
  const charts = new Map(article.charts.map((chart) => [chart.id, chart]));
  return (
    <div className={proseClasses} data-testid="article-body">
      {article.segments.map((segment, index) => {
        if (segment.type === "html") return <div key={index} dangerouslySetInnerHTML={{ __html: segment.html }} />;
        const chart = charts.get(directiveId(segment.directive));
        return chart ? <ArticleChartFigure key={index} chart={chart} /> : null;
      })}
    </div>
  );
}
