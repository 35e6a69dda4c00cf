import { describe, expect, it } from "vitest";
import { readAllArticleFiles } from "./article-files";
import { findDirectives, parseChartLine } from "./directive";
import { isFigureName } from "./figure-names";
import { findLiteralFigures } from "./literal-figures";

// Pure checks over every article source: no database needed.
const articles = readAllArticleFiles();


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
          expect(isFigureName(directive.name), directive.raw).toBe(true);
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
