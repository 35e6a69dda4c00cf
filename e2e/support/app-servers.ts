import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Migrates a store and loads the snapshot into it, as `npm start` does before serving. */
export function prepareStore(databaseUrl: string, port: number): void {
  execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/start/prepare-store.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: "ignore",
  });
}

/** Starts one more app server on the existing build (Playwright's web server built it), and waits until it answers. */
export async function startAppServer(databaseUrl: string, port: number): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "lib/start/server.mjs")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  const fail = (message: string) => {
    child.kill("SIGTERM");
    return new Error(message);
  };
  for (;;) {
    if (child.exitCode !== null) throw fail(`app server on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/data`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw fail(`app server on ${port} did not start within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
