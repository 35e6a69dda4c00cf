import "server-only";
import type { Clock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import type { IngestEnv } from "./ingest-env";
import { runLiveIngest, type IngestEvent, type LiveIngestResult } from "./live-ingest-run";
import { planLiveSource, type LiveSourceName } from "./plan-live-source";

/**
 * One scheduled refresh: each configured live source in turn over its default span (what each series lacks up to
 * today; today's supply). Series another server is ingesting are skipped by their lock, not waited for.
 */
export async function runIngestCycle(db: Db, env: IngestEnv, clock: Clock, onEvent?: (event: IngestEvent) => void): Promise<{ source: LiveSourceName; result: LiveIngestResult }[]> {
  const results: { source: LiveSourceName; result: LiveIngestResult }[] = [];
  for (const source of env.BURNWATCH_INGEST_SOURCES) {
    const { jobs } = await planLiveSource(db, { source }, env, clock);
    results.push({ source, result: await runLiveIngest(db, { source, jobs, onEvent }) });
  }
  return results;
}
