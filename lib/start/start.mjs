// `npm start`: everything a fresh clone needs, then the server. Plain Node on purpose: it runs before
// node_modules exists. Steps: install dependencies if missing, migrate and fill the store, build if the
// build is missing or stale, serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computeBuildFingerprint } from "./build-fingerprint.mjs";
import { ensureDependencies, runStep } from "./dependencies.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
const stampFile = path.join(root, ".next", "burnwatch-build-fingerprint");
const nextCli = path.join(root, "node_modules/next/dist/bin/next");

ensureDependencies(root, env);
runStep(root, env, process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/start/prepare-store.ts"], "Preparing the store");

const fingerprint = computeBuildFingerprint(root);
const builtFingerprint = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : null;
if (builtFingerprint !== fingerprint || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
  runStep(root, env, process.execPath, [nextCli, "build"], "Building the app (next build)");
  writeFileSync(stampFile, fingerprint);
} else {
  console.log("\n▸ The build is up to date: reusing it.");
}

console.log(`\n▸ Serving Burnwatch at http://localhost:${port}\n`);
// BURNWATCH_SERVER_LOG copies the server's output to a file as well (the tests scan it for leaked secrets).
const logFile = process.env.BURNWATCH_SERVER_LOG;
const server = spawn(process.execPath, [path.join(root, "lib/start/server.mjs")], { cwd: root, env: { ...env, PORT: port, NODE_ENV: "production" }, stdio: logFile ? ["inherit", "pipe", "pipe"] : "inherit" });
if (logFile) {
  const log = createWriteStream(logFile, { flags: "a" });
  server.stdout.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
  server.stderr.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
