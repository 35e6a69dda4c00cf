import { describe, expect, it } from "vitest";
import { readAllArticleFiles } from "./article-files";
import { findDirectives, parseChartLine } from "./directive";
import { findLiteralFigures } from "./literal-figures";

// Pure checks over every article source: no database needed.
const articles = readAllArticleFiles();

// Kept in step with lib/articles/resolve-figure.ts (that module reads the store, so it is not imported here).
const figureNames = new Set(["price", "market-cap", "price-latest", "market-cap-latest", "price-high", "price-low", "price-change", "supply", "supply-latest", "supply-multiple", "burned", "burned-to-date", "burn-rate", "burn-count", "burn-largest", "market-cap-at-price", "supply-at-price", "share-to-burn", "years-to-price", "years-of-burning", "const"]);

describe("article sources", () => {
  it("there are at least five, with distinct titles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(new Set(articles.map((article) => article.meta.title)).size).toBe(articles.length);
  });

  for (const article of articles) {
    it(`${article.slug}: no market figure is written as a literal; every one is bound to a query`, () => {
      expect(findLiteralFigures(article.body)).toEqual([]);
    });

    it(`${article.slug}: every directive is a known figure or a chart on a line of its own`, () => {
      for (const directive of findDirectives(article.body)) {
        if (directive.name === "chart") {
          const line = article.body.split("\n").find((candidate) => candidate.includes(directive.raw)) ?? "";
          expect(parseChartLine(line), directive.raw).not.toBeNull();
        } else {
          expect(figureNames.has(directive.name), directive.raw).toBe(true);
        }
      }
    });
  }

  it("the detector really runs on the sources: a literal slipped into an article is found", () => {
    const lunc = articles.find((article) => article.slug === "will-luna-classic-reach-1-dollar");
    expect(lunc).toBeDefined();
    const tampered = (lunc?.body ?? "").replace("{{price day=2022-05-01}}", "$78.70");
    expect(findLiteralFigures(tampered).map((hit) => hit.text)).toEqual(["$78.70"]);
  });
});
