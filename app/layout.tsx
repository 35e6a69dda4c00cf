import type { Metadata } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Burnwatch", default: "Burnwatch" },
  description:
    "Open crypto market data with Terra Luna Classic burns at its heart: supply, burns and prices, each figure traceable to its public source.",
};

// Runs during HTML parsing, before first paint, so a dark-mode visitor never sees a light flash.
// The storage key must match THEME_STORAGE_KEY in components/site/theme-toggle.tsx.
const themeScript = `(function(){try{var t=localStorage.getItem("burnwatch-theme");var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    // suppressHydrationWarning: the script above changes <html>'s class before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-background text-foreground antialiased">
        {/* Fixed (out of flow) and moved off-screen until focused, so it never shifts the layout. */}
        <a
          href="#main"
          className="fixed top-2 left-2 z-50 -translate-y-[200%] rounded-md bg-accent px-3 py-2 font-medium text-accent-foreground focus:translate-y-0"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
