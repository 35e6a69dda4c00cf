import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the operators' key CLI against a store (the e2e server's by default) and returns its output lines. */
export function runKeysCli(args: string[], databaseUrl = process.env.BURNWATCH_E2E_DATABASE_URL ?? ""): string[] {
  const output = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/keys/cli.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return output.trim().split("\n");
}

/** Creates a key and returns it (the last line of the CLI's output), its id and its signing secret. */
export function createKeyWithCli(args: string[], databaseUrl?: string): { key: string; keyId: string; signingSecret: string | null } {
  const lines = runKeysCli(["create", ...args], databaseUrl);
  const key = lines[lines.length - 1] ?? "";
  const keyId = /^Created key (\S+)/.exec(lines[0] ?? "")?.[1] ?? "";
  const signingSecret = lines.map((line) => /Signing secret .*: (bws_\S+)$/.exec(line)?.[1]).find(Boolean) ?? null;
  return { key, keyId, signingSecret };
}
