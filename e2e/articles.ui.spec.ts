import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { createKeyWithCli } from "./support/operator-cli";

const LUNC_ARTICLE = "/articles/will-luna-classic-reach-1-dollar";

// The server and these tests share the throwaway store (see playwright.config.ts), so expected values come from it.
function readLuncPriceOn(day: string): number {
  const db = new Database((process.env.BURNWATCH_E2E_DATABASE_URL ?? "").replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT p.priceUsd AS price FROM PricePoint p JOIN Token t ON t.id = p.tokenId WHERE t.symbol = 'LUNC' AND p.day = ?").get(day) as { price: number };
    return row.price;
  } finally {
    db.close();
  }
}

test.describe("articles", () => {
  test("/articles lists at least five articles, each linking to its page", async ({ page }) => {
    await page.goto("/articles");
    const links = page.getByTestId("article-list").getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole("link", { name: "Will Luna Classic reach $1?" })).toHaveAttribute("href", LUNC_ARTICLE);
  });

  test("the $1 article renders live charts and figures, each figure linking to its API query", async ({ page }) => {
    await page.goto(LUNC_ARTICLE);
    await expect(page.getByRole("heading", { level: 1, name: "Will Luna Classic reach $1?" })).toBeVisible();

    const charts = page.getByTestId("article-chart");
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      expect(Number(await chart.getAttribute("data-points"))).toBeGreaterThan(0);
      await expect(chart.locator("svg.recharts-surface path.recharts-curve, svg.recharts-surface .recharts-bar-rectangle").first()).toBeAttached();
      await expect(chart.getByTestId("chart-query").first()).toHaveAttribute("href", /^\/api\/v1\/tokens\/lunc\/(prices|supply|burns)/);
    }

    const figures = page.locator("a.live-figure");
    expect(await figures.count()).toBeGreaterThanOrEqual(10);
    for (const figure of await figures.all()) {
      // GET queries are links; a scenario run is a POST, so its figure points to its row with the body to send.
      if ((await figure.getAttribute("data-method")) === "POST") await expect(figure).toHaveAttribute("data-query", "/api/v1/scenarios");
      else await expect(figure).toHaveAttribute("href", /^\/api\/v1\/tokens\/lunc\/(prices|supply|burns)\?/);
    }
    const scenarioFigure = page.locator('a.live-figure[data-method="POST"]').first();
    await expect(page.locator(`tr${await scenarioFigure.getAttribute("href")}`)).toContainText('"startingSupply"');

    const mayFirst = page.locator('a.live-figure[data-figure="price_day-2022-05-01"]').first();
    await expect(mayFirst).toHaveAttribute("href", "/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-01");
    await expect(mayFirst).toHaveText(`$${readLuncPriceOn("2022-05-01").toFixed(2)}`);

    await expect(page.getByTestId("article-toc").getByRole("link", { name: "What $1 would require" })).toHaveAttribute("href", "#what-1-would-require");
    await expect(page.getByTestId("article-meta")).toContainText("min read");
    await expect(page.getByTestId("article-sources")).toContainText("lunc/burn-history");
    await expect(page.getByTestId("article-disclaimer")).toContainText("Not investment advice");
    await expect(page.getByTestId("related-articles").getByRole("link").first()).toBeVisible();
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Will Luna Classic reach $1?");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/articles\/will-luna-classic-reach-1-dollar$/);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", /^\d{4}-\d{2}-\d{2}$/);
  });

  test("a figure's link answers the same value through the API, and the article API returns every figure as data", async ({ page, request }) => {
    const { key } = createKeyWithCli(["--client", "articles-check", "--scopes", "prices:read,articles:read"]);
    await page.goto(LUNC_ARTICLE);
    const href = await page.locator('a.live-figure[data-figure="price_day-2022-05-01"]').first().getAttribute("href");
    const answer = await request.get(href ?? "", { headers: { authorization: `Bearer ${key}` } });
    expect(answer.status()).toBe(200);
    expect((await answer.json()).data[0].price_usd).toBe(readLuncPriceOn("2022-05-01"));

    const article = await request.get("/api/v1/articles/will-luna-classic-reach-1-dollar", { headers: { authorization: `Bearer ${key}` } });
    expect(article.status()).toBe(200);
    const body = (await article.json()) as { figures: { id: string; value: unknown; query: string | null }[]; charts: unknown[] };
    expect(body.figures.find((figure) => figure.id === "price_day-2022-05-01")).toMatchObject({ value: readLuncPriceOn("2022-05-01"), query: href });
    expect(body.charts.length).toBeGreaterThanOrEqual(3);
  });

  test("an unknown article is a 404 page", async ({ page }) => {
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
  });
});
