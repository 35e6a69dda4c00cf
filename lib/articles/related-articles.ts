export type RelatedCandidate = { slug: string; title: string; tags: readonly string[]; published: string };

/** Other articles ranked by tags shared with this one, then newest first; none that share no tag. */
export function pickRelatedArticles(current: RelatedCandidate, all: readonly RelatedCandidate[], count = 3): RelatedCandidate[] {
  const tags = new Set(current.tags);
  return all
    .filter((article) => article.slug !== current.slug)
    .map((article) => ({ article, shared: article.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || (a.article.published < b.article.published ? 1 : a.article.published > b.article.published ? -1 : 0))
    .slice(0, count)
    .map(({ article }) => article);
}
