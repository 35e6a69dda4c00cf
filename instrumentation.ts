// Next.js calls register() once per server process at start-up.
export async function register(): Promise<void> {
  // Opt-in: without BURNWATCH_INGEST_INTERVAL the app never fetches from providers by itself.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.BURNWATCH_INGEST_INTERVAL) {
    const { startAppIngestScheduler } = await import("@/lib/ingest/app-scheduler");
    startAppIngestScheduler();
  }
}
