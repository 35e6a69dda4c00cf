import Link from "next/link";

import { NavLinks } from "@/components/site/nav-links";
import { ThemeToggle } from "@/components/site/theme-toggle";

function FlameIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" className="text-accent">
      <path
        fill="currentColor"
        fillRule="evenodd"
        d="M12 2c1 4 6 6.5 6 12a6 6 0 0 1-12 0c0-3 1.5-4.6 3-5.5 0 2 .8 3.2 2 3.5-.6-3.6-.2-7 1-10Zm0 16.5A2.5 2.5 0 0 1 9.5 16c0-1.7 1.3-2.7 2.5-4.3 1.2 1.6 2.5 2.6 2.5 4.3a2.5 2.5 0 0 1-2.5 2.5Z"
      />
    </svg>
  );
}

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-card">
      {/* Mobile: logo + toggle on the first row, nav wraps to a full-width second row.
          From sm up everything sits on one row with the toggle pushed to the end. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto flex items-center gap-1.5 text-lg font-bold tracking-tight sm:mr-0">
          <FlameIcon />
          Burnwatch
        </Link>
        <div className="flex items-center gap-2 sm:order-last sm:ml-auto">
          {/* A plain link: the header stays static; /portal sends signed-out visitors on to /signin. */}
          <Link href="/portal" prefetch={false} data-testid="header-portal-link" className="rounded-md border border-border px-2.5 py-1.5 text-sm font-medium hover:bg-border/50">
            Portal
          </Link>
          <ThemeToggle />
        </div>
        <NavLinks className="order-last w-full sm:order-none sm:w-auto" />
      </div>
    </header>
  );
}
