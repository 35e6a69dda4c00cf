import { describe, expect, it } from "vitest";
import { buildArticleMetadata } from "./article-metadata";

describe("buildArticleMetadata", () => {
  it("gives Open Graph article tags and an absolute base", () => {
    const meta = { title: "T", description: "D", author: "A", published: "2026-12-01", updated: "2026-12-02", tags: ["lunc"], kind: "analysis" as const };
    const metadata = buildArticleMetadata("t", meta, "https://burnwatch.example");
    expect(String(metadata.metadataBase)).toBe("https://burnwatch.example/");
    expect(metadata.openGraph).toMatchObject({ type: "article", url: "/articles/t", publishedTime: "2026-12-01", modifiedTime: "2026-12-02", authors: ["A"], tags: ["lunc"] });
  });
});
