import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontmatter, type ArticleMeta } from "./frontmatter";

/** Article sources: one Markdown file per article, named by its slug. */
export const articlesDir = path.join(process.cwd(), "lib/articles/content");

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ArticleSourceFile = { slug: string; meta: ArticleMeta; body: string };

export function isArticleSlug(slug: string): boolean {
  return SLUG.test(slug) && slug.length <= 100;
}

export function listArticleSlugs(dir = articlesDir): string[] {
  // Only this folder is read; without the comment Turbopack traces the whole project into the server output.
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3))
    .filter(isArticleSlug)
    .sort();
}

/** One article's front matter and body, or null when there is no such article. */
export function readArticleFile(slug: string, dir = articlesDir): ArticleSourceFile | null {
  if (!isArticleSlug(slug) || !listArticleSlugs(dir).includes(slug)) return null;
  const { meta, body } = parseFrontmatter(readFileSync(/*turbopackIgnore: true*/ path.join(dir, `${slug}.md`), "utf8"));
  return { slug, meta, body };
}

/** Every article, newest first. */
export function readAllArticleFiles(dir = articlesDir): ArticleSourceFile[] {
  return listArticleSlugs(dir)
    .map((slug) => readArticleFile(slug, dir))
    .filter((article): article is ArticleSourceFile => article !== null)
    .sort((a, b) => (a.meta.published < b.meta.published ? 1 : a.meta.published > b.meta.published ? -1 : a.slug < b.slug ? -1 : 1));
}
