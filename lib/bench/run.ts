// `npm run bench`: builds and starts the app on a throwaway store, then measures in one run, on loopback only:
// the framework's ceiling (/ceiling), the keyed full-history price read, the CoinGecko-compatible market chart,
// the token page's server render, the snapshot import, and the scenario engine. Writes BENCHMARKS.md.
// Throughput comes from wrk (see lib/bench/wrk.ts for why not autocannon), the routes interleaved round by round
// so that a slow minute of a shared machine hits them all alike.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { projectRoot } from "@/lib/db/paths";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { resolveDatabaseTarget } from "@/lib/db/engine";
import { importSnapshot } from "@/lib/ingest/snapshot";
import { findOrCreateClient } from "@/lib/keys/clients";
import { getKeyEncryptionKey } from "@/lib/keys/key-encryption-key";
import { createApiKey } from "@/lib/keys/key-store";
import { runScenarioBench } from "@/lib/bench/scenario-bench";
import { formatPageBench, measurePages } from "./page-bench";
import { findServerPid, readCpuMilliseconds } from "./server-process";
import { runSustainedLoad } from "./sustained-load";
import { ensureWrk, runWrk, type WrkResult } from "./wrk";

const port = Number(process.env.BENCH_PORT ?? 3950);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const connections = 50;
const base = `http://127.0.0.1:${port}`;
// What browsers, `curl --compressed` and fetch (the SDK) send; the ceiling gets it too.
const clientHeaders = { "accept-encoding": "gzip, deflate, br" };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

type Target = { name: string; url: string; headers: Record<string, string>; runs: number; connections?: number };
/** A wrk run and the app server's CPU time per request during it (all its threads). */
type Run = WrkResult & { serverCpuMsPerRequest: number };
type Measured = Target & { results: Run[] };

/**
 * Waits until the server has finished what the last run left queued (a slow route keeps rendering after wrk
 * stops): three quick answers of the ceiling route in a row.
 */
async function waitUntilSettled(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (let quick = 0; quick < 3 && Date.now() < deadline; ) {
    const started = performance.now();
    await fetch(`${base}/ceiling`).then((response) => response.arrayBuffer());
    quick = performance.now() - started < 25 ? quick + 1 : 0;
  }
}

let serverPid: number | null = null;

async function runSettled(target: Target, runSeconds: number): Promise<Run> {
  await waitUntilSettled();
  const cpuBefore = serverPid ? readCpuMilliseconds(serverPid) : 0;
  const result = await runWrk(target.url, { seconds: runSeconds, connections: target.connections ?? connections, headers: target.headers });
  const cpuMs = serverPid ? readCpuMilliseconds(serverPid) - cpuBefore : Number.NaN;
  return { ...result, serverCpuMsPerRequest: cpuMs / Math.max(result.requests, 1) };
}

/** Each target once uncounted (warm-up), then `rounds` rounds of one run per target, the order turning each round. */
async function measureInRounds(targets: Target[]): Promise<Measured[]> {
  for (const target of targets) await runSettled(target, 3);
  const measured = targets.map((target) => ({ ...target, results: [] as Run[] }));
  const rounds = Math.max(...targets.map((target) => target.runs));
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < measured.length; index++) {
      const target = measured[(index + round) % measured.length];
      if (!target || target.results.length >= target.runs) continue;
      target.results.push(await runSettled(target, seconds));
      process.stdout.write(`  ${target.name}: ${target.results.at(-1)?.rps.toFixed(0)} req/s\n`);
    }
  }
  return measured;
}

const rpsOf = (target: Measured) => median(target.results.map((result) => result.rps));
const cpuOf = (target: Measured) => median(target.results.map((result) => result.serverCpuMsPerRequest));

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/ceiling`)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("the app did not start within 5 minutes");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "burnwatch-bench-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;

// Store and import first (timed), then the app on that store.
await applyPendingMigrations(resolveDatabaseTarget(databaseUrl));
const db = createDb(databaseUrl);
const importStarted = performance.now();
const imported = await importSnapshot(db);
const importMs = performance.now() - importStarted;
const client = await findOrCreateClient(db, "bench", null);
// One key per measured load: each key also has a day quota (100,000), which a single key would exhaust.
const createBenchKey = async (name: string) => (await createApiKey(db, { clientId: client.id, name, kind: "secret", environment: "live", scopes: ["prices:read"], expiresAt: null, rateLimitPerMinute: 100_000_000 }, { kek: getKeyEncryptionKey(), now: new Date() })).key;
const keys = { keyed: await createBenchKey("bench keyed"), identity: await createBenchKey("bench keyed identity"), chart: await createBenchKey("bench chart"), sustained: await createBenchKey("bench sustained") };
await db.$disconnect();

const server = spawn(process.execPath, [path.join(projectRoot, "lib/start/start.mjs")], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
try {
  await waitForServer();
  ensureWrk();
  serverPid = findServerPid(server.pid ?? 0);
  const pricesUrl = `${base}/api/v1/tokens/lunc/prices?limit=5000`;
  const [ceiling, keyed, identity, chart, page] = await measureInRounds([
    { name: "ceiling: GET /ceiling (no key, no store)", url: `${base}/ceiling`, headers: clientHeaders, runs },
    { name: "keyed read: GET /api/v1/tokens/lunc/prices?limit=5000 (whole history, 1,939 days)", url: pricesUrl, headers: { ...clientHeaders, authorization: `Bearer ${keys.keyed}` }, runs },
    { name: "the same keyed read from a client that takes no compression (352 kB a body)", url: pricesUrl, headers: { authorization: `Bearer ${keys.identity}` }, runs },
    { name: "CoinGecko market chart: /coins/terra-luna/market_chart?days=max", url: `${base}/api/coingecko/v3/coins/terra-luna/market_chart?vs_currency=usd&days=max`, headers: { ...clientHeaders, "x-cg-pro-api-key": keys.chart }, runs },
    // Fewer connections: a render takes tens of milliseconds, and 50 waiting ones would pass wrk's timeout.
    { name: "token page server render: GET /tokens/lunc (10 connections)", url: `${base}/tokens/lunc`, headers: clientHeaders, runs: Math.min(runs, 3), connections: 10 },
  ]);
  if (!ceiling || !keyed || !identity || !chart || !page) throw new Error("a load target was not measured");
  const pages = await measurePages(base, ["/tokens/lunc", "/tokens/lunc?scale=log&compare=ustc,btc", "/", "/burns"]);

  const scenarioLines = await runScenarioBench(base);
  const sustained = await runSustainedLoad(pricesUrl, keys.sustained, server.pid ?? 0);

  const ratio = rpsOf(keyed) / rpsOf(ceiling);
  const roundRatios = keyed.results.map((result, index) => (result.rps / (ceiling.results[index]?.rps ?? Number.NaN)).toFixed(2));
  const row = (target: Measured) => {
    const refused = target.results.reduce((sum, result) => sum + result.non2xx3xx, 0);
    const socketErrors = target.results.reduce((sum, result) => sum + result.socketErrors, 0);
    const answers = refused + socketErrors === 0 ? "all 2xx/3xx" : `**${refused} not 2xx/3xx, ${socketErrors} socket errors**`;
    return `| ${target.name} | **${rpsOf(target).toFixed(0)}** | ${target.results.map((result) => result.rps.toFixed(0)).join(", ")} | ${median(target.results.map((result) => result.p50Ms)).toFixed(1)} | ${median(target.results.map((result) => result.p99Ms)).toFixed(1)} | ${cpuOf(target).toFixed(2)} | ${target.results.reduce((sum, result) => sum + result.requests, 0)}, ${answers} |`;
  };
  const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.
The app is the production build on a throwaway SQLite store, loaded from the bundled snapshot. Load comes from wrk on
loopback (1 thread, ${connections} connections unless the row says otherwise, ${seconds} s a run, each run once the server has
finished the last); after one uncounted 3-second warm-up each, the routes take turns round by round (${runs} rounds; 3 for
the slow page render), and each figure is the median of its runs. Requests send
\`Accept-Encoding: gzip, deflate, br\`, as browsers, \`curl --compressed\` and fetch (the SDK) do, except in the row that says not.

| route | requests/s, median | each run | p50 ms | p99 ms | server CPU ms/request | requests, answers |
|---|---|---|---|---|---|---|
${row(ceiling)}
${row(keyed)}
${row(identity)}
${row(chart)}
${row(page)}

- keyed-read/ceiling ratio: **${ratio.toFixed(2)}** (median keyed read ÷ median ceiling; goal of issue 9: at least 0.80); round by round: ${roundRatios.join(", ")}
- the same comparison in the server's CPU time per request (all its threads, from /proc; median of the runs): ceiling ${cpuOf(ceiling).toFixed(2)} ms, keyed read ${cpuOf(keyed).toFixed(2)} ms, ratio ${(cpuOf(ceiling) / cpuOf(keyed)).toFixed(2)}
- snapshot import: ${imported.counts.added} rows in ${(importMs / 1000).toFixed(2)} s
${sustained}
${scenarioLines}
${formatPageBench(pages)}
`;
  writeFileSync(path.join(projectRoot, "BENCHMARKS.md"), report);
  console.log(report);
  console.log(`keyed-read/ceiling ratio: ${ratio.toFixed(2)}`);
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
