import path from "node:path";

export type DatabaseEngine = "sqlite" | "postgresql";

export type DatabaseTarget =
  | { engine: "sqlite"; url: string; filePath: string }
  | { engine: "postgresql"; url: string };

/**
 * Tells which engine a DATABASE_URL names. SQLite URLs are `file:` paths, relative to `cwd`
 * (Prisma's own convention is relative to the schema; ours is the project root, where `npm start` runs).
 */
export function resolveDatabaseTarget(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: "postgresql", url };
  if (url.startsWith("file:")) {
    const rawPath = url.slice("file:".length).split("?")[0] ?? "";
    if (rawPath === "") throw new Error("DATABASE_URL file: needs a path, for example file:./data/burnwatch.db");
    const filePath = rawPath === ":memory:" ? rawPath : path.resolve(cwd, rawPath);
    return { engine: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(`DATABASE_URL must start with file: or postgres://, got "${url.split(":")[0]}:…"`);
}

/** The file of a SQLite store's URL, or null for PostgreSQL and in-memory stores. */
export function sqliteFileOf(url: string): string | null {
  const target = resolveDatabaseTarget(url);
  return target.engine === "sqlite" && target.filePath !== ":memory:" ? target.filePath : null;
}
