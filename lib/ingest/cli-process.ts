// Test support: runs the importer's CLI as its own process, the way an operator does (`npm run ingest -- …`).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export type CliResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export type RunningCli = { child: ChildProcess; done: Promise<CliResult>; killGroup: (signal: NodeJS.Signals) => void };

/**
 * `npm run ingest -- <args>` in its own process group, so a test can SIGKILL npm, tsx and the importer together, as a
 * crash or an OOM kill would. The environment is the test's, with the given overrides. `via: "tsx"` runs what the npm
 * script runs without npm in front, a second faster.
 */
export function startIngestCli(args: string[], env: Record<string, string>, via: "npm" | "tsx" = "npm"): RunningCli {
  const [command, commandArgs] =
    via === "npm"
      ? ["npm", ["run", "--silent", "ingest", "--", ...args]]
      : [process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/ingest/cli.ts", ...args]];
  const child = spawn(command, commandArgs, { cwd: root, env: { ...process.env, NODE_ENV: "test", ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    child,
    done,
    killGroup: (signal) => {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    },
  };
}

export function runIngestCli(args: string[], env: Record<string, string>, via: "npm" | "tsx" = "npm"): Promise<CliResult> {
  return startIngestCli(args, env, via).done;
}
