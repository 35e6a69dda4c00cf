// The importer's command line: `npm run ingest -- --source coingecko|lcd|batches|snapshot [--token lunc] [--from DATE] [--to DATE] [--dry-run]`.
import { systemClock } from "@/lib/clock";
import { createDb } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/engine";
import { describeStoreError } from "@/lib/db/store-errors";
import { readEnv } from "@/lib/env";
import { ingestUsage, parseIngestArgs, type IngestArgs } from "./cli-args";
import { readIngestEnv } from "./ingest-env";
import { runLiveIngest } from "./live-ingest-run";
import { planLiveSource } from "./plan-live-source";
import { createProgressView } from "./progress-view";
import { importSnapshot } from "./snapshot";
import { formatSummaryTable } from "./summary-table";

let args: IngestArgs;
try {
  args = parseIngestArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${ingestUsage}`);
  process.exit(2);
}

const { DATABASE_URL } = readEnv();
const db = createDb(DATABASE_URL);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

async function runSnapshot(): Promise<void> {
  if (args.token || args.from || args.to || args.dryRun) throw new Error("--source snapshot loads the whole bundled snapshot: --token, --from, --to and --dry-run do not apply");
  const result = await importSnapshot(db, {
    onSeries: ({ seriesId, counts }) =>
      console.log(`${seriesId.padEnd(34)} added ${String(counts.added).padStart(5)}  updated ${String(counts.updated).padStart(5)}  unchanged ${String(counts.unchanged).padStart(5)}`),
  });
  console.log(`Snapshot import run ${result.runId}: added ${result.counts.added}, updated ${result.counts.updated}, unchanged ${result.counts.unchanged} in ${seconds()} s.`);
}

async function runLive(source: "coingecko" | "lcd" | "batches"): Promise<void> {
  const env = readIngestEnv();
  const { jobs, notes } = await planLiveSource(db, { source, token: args.token, from: args.from, to: args.to }, env, systemClock);
  for (const note of notes) console.log(`note: ${note}`);
  // Ctrl-C stops between chunks: what was committed stays, the run is marked interrupted and the locks are released.
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const view = createProgressView();
  let result;
  try {
    result = await runLiveIngest(db, { source, jobs, dryRun: args.dryRun, onEvent: view.onEvent, signal: stop.signal });
  } finally {
    view.stop();
  }
  console.log(formatSummaryTable(result.outcomes, args.dryRun));
  const run = result.runId === null ? "Dry run" : `Ingest run ${result.runId}`;
  console.log(`${run} (${source}) ${result.status}: added ${result.counts.added}, updated ${result.counts.updated}, unchanged ${result.counts.unchanged} in ${seconds()} s.`);
  if (result.status !== "succeeded") process.exitCode = 1;
}

try {
  if (args.source === "snapshot") await runSnapshot();
  else await runLive(args.source);
} catch (error) {
  console.error(error instanceof Error && /SQLITE|ECONNREFUSED|database/i.test(error.message) ? describeStoreError(resolveDatabaseTarget(DATABASE_URL), error) : `Import failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
