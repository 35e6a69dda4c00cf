import type { DatabaseTarget } from "./engine";

/** One readable sentence for a store that cannot be opened, instead of a driver's stack trace. */
export function describeStoreError(target: DatabaseTarget, error: unknown): string {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const where = target.engine === "sqlite" ? `the SQLite file ${target.filePath}` : `PostgreSQL at ${redactUrl(target.url)}`;
  return `Cannot open the Burnwatch store (${where}): ${reason}. Check DATABASE_URL, that the place exists and is writable, and that no other program holds a lock on it.`;
}

/** Drops the password from a connection URL so it never reaches a log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
