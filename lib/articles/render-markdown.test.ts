import { describe, expect, it } from "vitest";
import { directiveId, parseDirectiveAt } from "./directive";
import type { ResolvedFigure } from "./figure-types";
import { listFigureDirectives, renderArticleBody, splitAtCharts } from "./render-markdown";

const figure = (raw: string, fields: Partial<ResolvedFigure> = {}): ResolvedFigure => {
  const directive = parseDirectiveAt(raw);
  if (!directive) throw new Error(raw);
  return { id: directiveId(directive), name: directive.name, params: directive.params, text: "$78.70", value: 78.7, unit: "usd", asOf: "2022-05-01", query: "/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-01", method: "m", missing: null, sources: [], body: null, ...fields };
};

const body = ["## The start", "", "Price {{price day=2022-05-01}} and `{{price day=2022-05-02}}` in code.", "", "{{chart type=price from=2022-04-01}}", "", "## The start", "", "```", "{{chart type=supply}}", "```"].join("\n");

describe("renderArticleBody", () => {
  it("links figures to their queries, leaves code alone, splits at charts and builds the contents", () => {
    const price = figure("{{price day=2022-05-01}}");
    const rendered = renderArticleBody(body, new Map([[price.id, price]]));
    expect(rendered.segments.map((segment) => segment.type)).toEqual(["html", "chart", "html"]);
    const first = rendered.segments[0];
    expect(first?.type === "html" && first.html).toContain('<a class="live-figure" data-figure="price_day-2022-05-01" href="/api/v1/tokens/lunc/prices?from=2022-05-01&amp;to=2022-05-01"');
    expect(first?.type === "html" && first.html).toContain("<code>{{price day=2022-05-02}}</code>");
    const last = rendered.segments[2];
    expect(last?.type === "html" && last.html).toContain("{{chart type=supply}}");
    expect(rendered.toc).toEqual([
      { level: 2, text: "The start", id: "the-start" },
      { level: 2, text: "The start", id: "the-start-2" },
    ]);
  });

  it("says where data is missing instead of showing a number", () => {
    const price = figure("{{price day=2022-05-01}}", { missing: "The store has no LUNC price for 2022-05-01.", text: "no data", value: null });
    const rendered = renderArticleBody("Price {{price day=2022-05-01}}.", new Map([[price.id, price]]));
    expect(rendered.segments[0]?.type === "html" && rendered.segments[0].html).toContain("no data (The store has no LUNC price for 2022-05-01.)");
  });

  it("shows the day of a figure whose day the article does not fix", () => {
    const latest = figure("{{price-latest}}", { asOf: "2025-06-08", query: "/api/v1/tokens/lunc/prices?from=2025-06-08&to=2025-06-08" });
    const html = renderArticleBody("Now {{price-latest}}, then {{price day=2022-05-01}}.", new Map([[latest.id, latest], [figure("{{price day=2022-05-01}}").id, figure("{{price day=2022-05-01}}")]]));
    const text = html.segments[0]?.type === "html" ? html.segments[0].html : "";
    expect(text.match(/as of/g)).toHaveLength(1);
    expect(text).toContain("</a><span class=\"live-figure-as-of\"> (as of 2025-06-08)</span>");
  });

  it("points a POST figure (a scenario run) at its row instead of a link that cannot be followed", () => {
    const years = figure("{{years-to-price price=1}}", { query: "/api/v1/scenarios", body: { startDay: "2023-12-03" }, unit: "years", text: "more than 100 years" });
    const rendered = renderArticleBody("It takes {{years-to-price price=1}}.", new Map([[years.id, years]]));
    expect(rendered.segments[0]?.type === "html" && rendered.segments[0].html).toContain('data-method="POST" data-query="/api/v1/scenarios" href="#figure-years-to-price_price-1"');
  });

  it("refuses to render a figure that was not computed", () => {
    expect(() => renderArticleBody("Price {{price day=2022-05-01}}.", new Map())).toThrow(/not resolved/);
  });
});

describe("listFigureDirectives and splitAtCharts", () => {
  it("list the figures in prose only, and the charts outside code", () => {
    expect(listFigureDirectives(body).map((directive) => directive.raw)).toEqual(["{{price day=2022-05-01}}"]);
    expect(splitAtCharts(body).filter((part) => part.type === "chart")).toHaveLength(1);
  });
});
