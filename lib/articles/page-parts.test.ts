import { describe, expect, it } from "vitest";
import { collectArticleSources } from "./collect-sources";
import { parseFrontmatter } from "./frontmatter";
import { estimateReadingMinutes } from "./reading-time";
import { pickRelatedArticles } from "./related-articles";
import { slugifyHeading } from "./slugify";

describe("parseFrontmatter", () => {
  const source = "---\ntitle: T\ndescription: D\nauthor: A\npublished: 2026-12-01\nupdated: 2026-12-02\ntags: lunc, burns\nkind: analysis\n---\nBody";
  it("reads the fields and the body", () => {
    expect(parseFrontmatter(source)).toEqual({ meta: { title: "T", description: "D", author: "A", published: "2026-12-01", updated: "2026-12-02", tags: ["lunc", "burns"], kind: "analysis" }, body: "Body" });
  });
  it("names a bad field", () => {
    expect(() => parseFrontmatter(source.replace("2026-12-01", "yesterday"))).toThrow(/published/);
    expect(() => parseFrontmatter("Body")).toThrow(/front matter/);
  });
});

describe("estimateReadingMinutes", () => {
  it("counts words at a reading pace, at least one minute", () => {
    expect(estimateReadingMinutes("word ".repeat(660))).toBe(3);
    expect(estimateReadingMinutes("short")).toBe(1);
  });
});

describe("slugifyHeading", () => {
  it("makes unique anchors", () => {
    const taken = new Set<string>();
    expect(slugifyHeading("What $1 would require", taken)).toBe("what-1-would-require");
    expect(slugifyHeading("What $1 would require", taken)).toBe("what-1-would-require-2");
  });
});

describe("pickRelatedArticles", () => {
  it("ranks by shared tags, then newest, and leaves out unrelated ones", () => {
    const current = { slug: "a", title: "A", tags: ["lunc", "burns"], published: "2026-12-01" };
    const all = [current, { slug: "b", title: "B", tags: ["lunc"], published: "2026-12-03" }, { slug: "c", title: "C", tags: ["lunc", "burns"], published: "2026-11-01" }, { slug: "d", title: "D", tags: ["api"], published: "2026-12-04" }];
    expect(pickRelatedArticles(current, all).map((article) => article.slug)).toEqual(["c", "b"]);
  });
});

describe("collectArticleSources", () => {
  it("lists each source once, by key", () => {
    const source = (key: string) => ({ key, name: key, repository: null, path: null, commit: null });
    const figure = { sources: [source("b"), source("a")] } as never;
    const chart = { sources: [source("a")] } as never;
    expect(collectArticleSources([figure], [chart]).map((item) => item.key)).toEqual(["a", "b"]);
  });
});
