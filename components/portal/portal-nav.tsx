import Link from "next/link";
import type { ReactNode } from "react";

const items = [
  { href: "/portal", label: "Clients and keys" },
  { href: "/portal/audit", label: "Audit log" },
] as const;

/** The portal's own row under the site header: where to go, who is signed in, and the sign-out button. */
export function PortalNav({ email, role, signOut }: { email: string; role: string; signOut: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border pb-3">
      <nav aria-label="Portal" className="mr-auto">
        <ul className="-mx-2 flex flex-wrap gap-1 text-sm">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded-md px-2 py-1.5 text-muted hover:bg-border/50 hover:text-foreground">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="min-w-0 break-all text-sm text-muted" data-testid="portal-user">
        {email}
        {role === "admin" ? <span className="ml-2 rounded-full border border-accent px-2 py-0.5 text-xs font-semibold text-accent">admin</span> : null}
      </p>
      {signOut}
    </div>
  );
}
