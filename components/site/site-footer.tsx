import Link from "next/link";

export function SiteFooter() {
  return (
    // mt-auto pins the footer to the viewport bottom on short pages (body is a flex column).
    <footer className="mt-auto border-t border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted sm:flex-row sm:items-start sm:justify-between">
        <p data-testid="disclaimer" className="max-w-prose">
          Burnwatch is not investment advice. Figures come from public sources and may contain gaps or errors;
          always check the source.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/data" className="underline underline-offset-4 hover:text-foreground">
                Data sources
              </Link>
            </li>
            <li>
              <Link href="/docs" className="underline underline-offset-4 hover:text-foreground">
                API docs
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
