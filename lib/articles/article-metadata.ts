import type { Metadata } from "next";
import type { ArticleMeta } from "./frontmatter";

/** Page metadata with Open Graph article tags; absolute URLs from the site's origin (SITE_ORIGIN or localhost:PORT). */
export function buildArticleMetadata(slug: string, meta: ArticleMeta, siteOrigin: string): Metadata {
  const url = `/articles/${slug}`;
  return {
    metadataBase: new URL(siteOrigin),
    title: meta.title,
    description: meta.description,
    authors: [{ name: meta.author }],
    keywords: meta.tags,
    alternates: { canonical: url },
    openGraph: { type: "article", title: meta.title, description: meta.description, url, publishedTime: meta.published, modifiedTime: meta.updated, authors: [meta.author], tags: meta.tags, siteName: "Burnwatch" },
    twitter: { card: "summary", title: meta.title, description: meta.description },
  };
}
