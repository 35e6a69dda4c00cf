import "server-only";
import { systemClock } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { runIngestCycle } from "./ingest-cycle";
import { describeInterval, readIngestEnv } from "./ingest-env";
import { startIntervalRunner, type IntervalRunner } from "./interval-runner";

const holder = globalThis as unknown as { burnwatchIngestScheduler?: IntervalRunner };

/**
 * The opt-in in-app scheduler (BURNWATCH_INGEST_INTERVAL set): every app server may run it, since each series is
 * ingested under its store lock by one server at a time. Started once per process from instrumentation.ts.
 */
export function startAppIngestScheduler(): void {
  const env = readIngestEnv();
  if (env.BURNWATCH_INGEST_INTERVAL === undefined || holder.burnwatchIngestScheduler) return;
  console.log(`Ingest scheduler: refreshing ${env.BURNWATCH_INGEST_SOURCES.join(", ")} every ${describeInterval(env.BURNWATCH_INGEST_INTERVAL)}`);
  holder.burnwatchIngestScheduler = startIntervalRunner(
    async () => {
      for (const { source, result } of await runIngestCycle(getDb(), env, systemClock)) {
        const line = `Ingest scheduler: ${source} run ${result.runId} ${result.status} (added ${result.counts.added}, updated ${result.counts.updated})`;
        if (result.status === "failed") console.error(line);
        else console.log(line);
      }
    },
    env.BURNWATCH_INGEST_INTERVAL,
    (error) => console.error(`Ingest scheduler: the cycle failed: ${(error as Error).message}`),
  );
}
