// `npm run ingest:watch`: refreshes the live sources every BURNWATCH_INGEST_INTERVAL (default 6h) until stopped.
import { systemClock } from "@/lib/clock";
import { createDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { runIngestCycle } from "./ingest-cycle";
import { describeInterval, readIngestEnv } from "./ingest-env";
import { startIntervalRunner } from "./interval-runner";
import { formatSummaryTable } from "./summary-table";

const defaultIntervalMs = 6 * 3_600_000;

const env = readIngestEnv();
const intervalMs = env.BURNWATCH_INGEST_INTERVAL ?? defaultIntervalMs;
const db = createDb(readEnv().DATABASE_URL);
let failures = 0;

console.log(`Refreshing ${env.BURNWATCH_INGEST_SOURCES.join(", ")} every ${describeInterval(intervalMs)}; Ctrl-C stops after the current run.`);
const runner = startIntervalRunner(
  async () => {
    const started = new Date();
    for (const { source, result } of await runIngestCycle(db, env, systemClock)) {
      console.log(`\n${started.toISOString()} ${source}: run ${result.runId} ${result.status}`);
      console.log(formatSummaryTable(result.outcomes));
      if (result.status === "failed") failures++;
    }
  },
  intervalMs,
  (error) => {
    failures++;
    console.error(`Ingest cycle failed: ${(error as Error).message}`);
  },
);
// The runner's timer does not hold the process open; this does, until a signal.
const keepAlive = setInterval(() => undefined, 1 << 30);

async function shutdown() {
  clearInterval(keepAlive);
  await runner.stop();
  await db.$disconnect();
  process.exit(failures > 0 ? 1 : 0);
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
