import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createSnapshotApiHarness, readProblem, type ApiHarness } from "@/lib/testing/api-harness";
import { resolveExampleResponse } from "../contract/api-operation";
import { apiOperations } from "../contract/api-operations";
import type { ArticleDetailResponse, ArticleListResponse } from "../contract/article-operations";
import { getArticle, listArticles } from "./articles";

const base = "http://127.0.0.1:3100/api/v1";

describe("GET /api/v1/articles and /api/v1/articles/{slug}", () => {
  let harness: ApiHarness;
  let key: string;

  beforeAll(async () => {
    harness = await createSnapshotApiHarness();
    key = (await harness.createKey({ scopes: ["articles:read"], rateLimitPerMinute: 100_000 })).key;
  });
  afterAll(async () => harness?.dispose());

  const list = async () => harness.route(listArticles, apiOperations.listArticles)(buildRequest(`${base}/articles`, { key }));
  const one = async (slug: string) => harness.route(getArticle, apiOperations.getArticle)(buildRequest(`${base}/articles/${slug}`, { key }), { slug });

  it("lists every article, and the spec's example entry is a real one", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    const body = apiOperations.listArticles.response.parse(await response.json()) as ArticleListResponse;
    expect(body.data.length).toBeGreaterThanOrEqual(5);
    const [example] = resolveExampleResponse(apiOperations.listArticles).data;
    expect(body.data.find((article) => article.slug === example?.slug)).toEqual(example);
  });

  it("renders one article with its figures as data; the example's figures and metadata are the real ones", async () => {
    const slug = apiOperations.getArticle.example.pathParams?.slug ?? "";
    const response = await one(slug);
    expect(response.status).toBe(200);
    const real = apiOperations.getArticle.response.parse(await response.json()) as ArticleDetailResponse;
    const example = resolveExampleResponse(apiOperations.getArticle);
    const { html, figures, charts, toc, ...meta } = example;
    expect({ ...real, html: undefined, figures: undefined, charts: undefined, toc: undefined }).toEqual({ ...meta, html: undefined, figures: undefined, charts: undefined, toc: undefined });
    for (const figure of figures) expect(real.figures.find((candidate) => candidate.id === figure.id)).toEqual(figure);
    expect(real.charts.length).toBeGreaterThanOrEqual(charts.length);
    for (const entry of toc) expect(real.toc).toContainEqual(entry);
    expect(real.html.startsWith(html.replace(/ …<\/p>$/, ""))).toBe(true);
  });

  it("the $1 article carries its charts' data and a link per figure in its HTML", async () => {
    const real = (await (await one("will-luna-classic-reach-1-dollar")).json()) as ArticleDetailResponse;
    expect(real.charts.length).toBeGreaterThanOrEqual(3);
    expect(real.figures.filter((figure) => figure.query?.startsWith("/api/v1/tokens/lunc/")).length).toBeGreaterThanOrEqual(10);
    for (const chart of real.charts) expect(real.html).toContain(`data-chart="${chart.id}"`);
    expect(real.html).toContain('href="/api/v1/tokens/lunc/prices?from=2022-05-01&amp;to=2022-05-01"');
  });

  it("answers 404 for an unknown or malformed slug", async () => {
    for (const slug of ["no-such-article", "../etc/passwd"]) {
      const response = await one(slug);
      expect(response.status).toBe(404);
      expect((await readProblem(response)).type).toContain("not-found");
    }
  });
});
