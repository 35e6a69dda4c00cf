"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const NAV_ITEMS = [
  { href: "/", label: "Tokens" },
  { href: "/burns", label: "Burns" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/articles", label: "Articles" },
  { href: "/docs", label: "Docs" },
] as const;

function isActive(href: string, pathname: string): boolean {
  // The token list lives at "/", but its detail pages live under /tokens/…
  if (href === "/") return pathname === "/" || pathname === "/tokens" || pathname.startsWith("/tokens/");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ className = "" }: { className?: string }) {
  const pathname = usePathname();

  return (
    <nav aria-label="Main" className={className}>
      {/* flex-wrap rather than horizontal scroll: every link stays visible at 375 px. */}
      <ul className="-mx-2 flex flex-wrap gap-1 text-sm">
        {NAV_ITEMS.map(({ href, label }) => {
          const active = isActive(href, pathname);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={
                  active
                    ? "block rounded-md bg-accent px-2 py-1.5 font-semibold text-accent-foreground"
                    : "block rounded-md px-2 py-1.5 text-muted hover:bg-border/50 hover:text-foreground"
                }
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
