// Page bench for `npm run bench`: what a first visit to a page costs in Chromium on loopback. For each page, a fresh
// browser context (empty cache) loads it BENCH_PAGE_RUNS times; we record the JavaScript it loads (raw and gzipped
// at level 6, as a server would send it) and the largest contentful paint from a PerformanceObserver.
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export type PageBenchResult = { path: string; scripts: number; jsRawBytes: number; jsGzipBytes: number; lcpMs: number[]; lcpMedianMs: number; loadAverage: number };

const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// Buffered, so entries from before the script ran count too; the last entry is the page's LCP so far.
const observeLcp = `window.__lcp = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__lcp = entry.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function measurePages(base: string, paths: string[], runs = Number(process.env.BENCH_PAGE_RUNS ?? 5)): Promise<PageBenchResult[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
  try {
    const results: PageBenchResult[] = [];
    for (const path of paths) {
      const lcpMs: number[] = [];
      let scripts = new Map<string, Buffer>();
      // Run -1 is a warm-up visit, not counted: after the load tests the server may still be draining queued requests.
      for (let run = -1; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(observeLcp);
        const loaded = new Map<string, Promise<Buffer | null>>();
        page.on("response", (response) => {
          if (response.request().resourceType() === "script" && response.url().startsWith(base)) loaded.set(response.url(), response.body().catch(() => null));
        });
        await page.goto(`${base}${path}`, { waitUntil: "load" });
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(500);
        const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
        if (run >= 0) lcpMs.push(lcp);
        if (run === 0) {
          scripts = new Map();
          for (const [url, body] of loaded) {
            const bytes = await body;
            if (bytes) scripts.set(url, bytes);
          }
        }
        await context.close();
      }
      const bodies = [...scripts.values()];
      results.push({
        path,
        scripts: bodies.length,
        jsRawBytes: bodies.reduce((total, body) => total + body.length, 0),
        jsGzipBytes: bodies.reduce((total, body) => total + gzipSync(body, { level: 6 }).length, 0),
        lcpMs,
        lcpMedianMs: median(lcpMs),
        // LCP depends on how busy the machine is: record the 1-minute load average after the visits.
        loadAverage: loadavg()[0] ?? 0,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The BENCHMARKS.md section: one row per page, with the goals of issue 6 for the token page. */
export function formatPageBench(results: PageBenchResult[]): string {
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  const rows = results.map((result) => `| ${result.path} | ${result.scripts} | ${kB(result.jsRawBytes)} | **${kB(result.jsGzipBytes)}** | **${result.lcpMedianMs.toFixed(0)}** (${result.lcpMs.map((value) => value.toFixed(0)).join(", ")}) |`);
  return `
## Pages in Chromium (first visit, empty cache, loopback)

Debian Chromium, headless, 1280×900; JavaScript = every script the page loads from the app, gzipped at level 6;
LCP = the last \`largest-contentful-paint\` entry after the load event and network idle, median of ${results[0]?.lcpMs.length ?? 0} visits
after one uncounted warm-up visit per page; 1-minute load average after each page's visits: ${results.map((result) => result.loadAverage.toFixed(1)).join(", ")}.
Goals of issue 6 for /tokens/lunc: JavaScript ≤ 300 kB gzipped, LCP ≤ 1.5 s.

| page | scripts | JS raw kB | JS gzip kB | LCP ms, median (each visit) |
|---|---|---|---|---|
${rows.join("\n")}
`;
}
