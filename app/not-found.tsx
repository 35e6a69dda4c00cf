import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">Page not found</h1>
      <p className="mx-auto mt-3 max-w-prose text-muted">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-accent px-4 py-2 font-medium text-accent-foreground hover:opacity-90"
      >
        Back to the token list
      </Link>
    </div>
  );
}
