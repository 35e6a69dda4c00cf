// The importer's command line: `npm run ingest -- --source snapshot`.
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/engine";
import { describeStoreError } from "@/lib/db/store-errors";
import { readEnv } from "@/lib/env";
import { importSnapshot } from "./snapshot";

const sources = ["snapshot"] as const;

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run ingest -- --source ${sources.join("|")}`);
  process.exit(2);
}

const { values } = parseArgs({ options: { source: { type: "string" } }, strict: true }).valueOf() as { values: { source?: string } };
if (!values.source) usage("Missing --source.");
if (!(sources as readonly string[]).includes(values.source)) usage(`Unknown source "${values.source}".`);

const { DATABASE_URL } = readEnv();
const db = createDb(DATABASE_URL);
try {
  const started = performance.now();
  const result = await importSnapshot(db, {
    onSeries: ({ seriesId, counts }) =>
      console.log(`${seriesId.padEnd(34)} added ${String(counts.added).padStart(5)}  updated ${String(counts.updated).padStart(5)}  unchanged ${String(counts.unchanged).padStart(5)}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Snapshot import run ${result.runId}: added ${result.counts.added}, updated ${result.counts.updated}, unchanged ${result.counts.unchanged} in ${seconds} s.`);
} catch (error) {
  console.error(error instanceof Error && /SQLITE|ECONNREFUSED|database/i.test(error.message) ? describeStoreError(resolveDatabaseTarget(DATABASE_URL), error) : `Import failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
