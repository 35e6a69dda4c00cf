export function ArticleDisclaimer() {
  return (
    <aside className="mt-8 rounded-lg border border-border bg-card p-4 text-sm text-muted" data-testid="article-disclaimer">
      <strong className="text-foreground">Not investment advice.</strong> Burnwatch articles explain public data. Figures are computed from the
      store when the page is rendered and can change as data is added; where the store has no data, the article says so. Crypto assets can lose all
      their value.
    </aside>
  );
}
