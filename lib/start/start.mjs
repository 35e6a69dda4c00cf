// `npm start`: everything a fresh clone needs, then the server. Plain Node on purpose: it runs before
// node_modules exists. Steps: install dependencies if missing, migrate and fill the store, build if the
// build is missing or stale, serve on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computeBuildFingerprint } from "./build-fingerprint.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
const stampFile = path.join(root, ".next", "burnwatch-build-fingerprint");

function run(command, args, what) {
  console.log(`\n▸ ${what}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${result.status ?? result.signal}). Nothing was served.`);
    process.exit(result.status ?? 1);
  }
}

function dependenciesInstalled() {
  const installedLock = path.join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installedLock)) return false;
  const wanted = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")).packages ?? {};
  const installed = JSON.parse(readFileSync(installedLock, "utf8")).packages ?? {};
  return Object.entries(wanted).every(([name, meta]) => name === "" || meta.optional || meta.peer || installed[name]?.version === meta.version);
}

if (!dependenciesInstalled()) run("npm", ["ci", "--no-audit", "--no-fund"], "Installing dependencies (npm ci)");
else if (!existsSync(path.join(root, "lib", "generated", "sqlite"))) run("npm", ["run", "--silent", "db:generate"], "Generating the Prisma clients");

run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/start/prepare-store.ts"], "Preparing the store");

const fingerprint = computeBuildFingerprint(root);
const builtFingerprint = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : null;
if (builtFingerprint !== fingerprint || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
  run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], "Building the app (next build)");
  writeFileSync(stampFile, fingerprint);
} else {
  console.log("\n▸ The build is up to date: reusing it.");
}

console.log(`\n▸ Serving Burnwatch at http://localhost:${port}\n`);
const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
