import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Whether node_modules holds exactly what package-lock.json asks for. */
export function dependenciesInstalled(root) {
  const installedLock = path.join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installedLock)) return false;
  const wanted = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")).packages ?? {};
  const installed = JSON.parse(readFileSync(installedLock, "utf8")).packages ?? {};
  return Object.entries(wanted).every(([name, meta]) => name === "" || meta.optional || meta.peer || installed[name]?.version === meta.version);
}

/** Runs a step with its output shown; a failure ends the process with the step's exit code. */
export function runStep(root, env, command, args, what) {
  console.log(`\n▸ ${what}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Installs the locked dependencies when they are missing or out of date (npm ci also generates the Prisma clients). */
export function ensureDependencies(root, env) {
  if (!dependenciesInstalled(root)) runStep(root, env, "npm", ["ci", "--no-audit", "--no-fund"], "Installing dependencies (npm ci)");
  else if (!existsSync(path.join(root, "lib", "generated", "sqlite"))) runStep(root, env, "npm", ["run", "--silent", "db:generate"], "Generating the Prisma clients");
}
