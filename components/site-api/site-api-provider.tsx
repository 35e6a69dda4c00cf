"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createContext, useContext, useState, type ReactNode } from "react";

const SiteKeyContext = createContext<string | null>(null);

/** TanStack Query for a page's client islands, and the site's publishable key they call /api/v1 with. */
export function SiteApiProvider({ siteKey, children }: { siteKey: string; children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <SiteKeyContext.Provider value={siteKey}>{children}</SiteKeyContext.Provider>
    </QueryClientProvider>
  );
}

export function useSiteKey(): string {
  const key = useContext(SiteKeyContext);
  if (!key) throw new Error("useSiteKey needs a SiteApiProvider above it");
  return key;
}
