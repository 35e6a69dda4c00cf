import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import type { DatabaseEngine, DatabaseTarget } from "./engine";
import { migrationsDirFor, schemaSourcePath } from "./paths";
import { withSchemaEngine } from "./schema-engine";
import { deriveSchemaFor } from "./schema-variants";
import { postgresAdminUrl } from "./throwaway-postgres";

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };
const lockfileName = "migration_lock.toml";

export async function readSchemaFor(engine: DatabaseEngine): Promise<string> {
  return deriveSchemaFor(engine, await readFile(schemaSourcePath, "utf8"));
}

/** Loads a migrations folder in the shape the schema engine wants: one sub-folder per migration, in name order. */
export async function loadMigrationList(baseDir: string): Promise<MigrationList> {
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") } },
    })),
  );
  const lockfilePath = path.join(baseDir, lockfileName);
  const lockfileContent = existsSync(lockfilePath) ? await readFile(lockfilePath, "utf8") : null;
  return { baseDir, lockfile: { path: lockfileName, content: lockfileContent }, shadowDbInitScript: "", migrationDirectories };
}

/** Applies every migration the database lacks and records it in `_prisma_migrations`; returns the names applied. */
export async function applyPendingMigrations(target: DatabaseTarget): Promise<string[]> {
  if (target.engine === "sqlite" && target.filePath !== ":memory:") mkdirSync(path.dirname(target.filePath), { recursive: true });
  const migrationsList = await loadMigrationList(migrationsDirFor(target.engine));
  return withSchemaEngine(target, await readSchemaFor(target.engine), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  }).then((applied) => {
    if (target.engine === "sqlite" && target.filePath !== ":memory:") useWriteAheadLog(target.filePath);
    return applied;
  });
}

/** WAL lets readers go on while a writer commits; the mode is stored in the file, so setting it once is enough. */
function useWriteAheadLog(filePath: string): void {
  const database = new Database(filePath);
  try {
    database.pragma("journal_mode = WAL");
  } finally {
    database.close();
  }
}

/**
 * The SQL that takes one engine from the schema of the last migration (`previousSource`, null before the first)
 * to the current one, or "" when nothing changed. Both are the SQLite source, derived for the engine; diffing two
 * datamodels needs no database, so migrations for PostgreSQL can be made without a server.
 */
export async function diffSchemas(engine: DatabaseEngine, previousSource: string | null, currentSource: string): Promise<string> {
  const current = deriveSchemaFor(engine, currentSource);
  return withSchemaEngine(placeholderTargetFor(engine), current, async (schemaEngine) => {
    const result = await schemaEngine.diff({
      from: previousSource === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: deriveSchemaFor(engine, previousSource) }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  });
}

/** The engine connects on start even for work that reads no database: an in-memory SQLite, or the PostgreSQL server. */
function placeholderTargetFor(engine: DatabaseEngine): DatabaseTarget {
  return engine === "sqlite" ? { engine, url: "file::memory:", filePath: ":memory:" } : { engine, url: postgresAdminUrl() };
}

/** Writes `<timestamp>_<name>/migration.sql` for an engine; returns the folder, or null when nothing changed. */
export async function writeMigration(engine: DatabaseEngine, name: string, sql: string, now: Date): Promise<string | null> {
  if (sql === "") return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const dir = path.join(migrationsDirFor(engine), `${stamp}_${slug}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  const lockfile = path.join(migrationsDirFor(engine), lockfileName);
  if (!existsSync(lockfile)) await writeFile(lockfile, `# Written by lib/db/migration-new.ts; keep it in version control.\nprovider = "${engine}"\n`);
  return dir;
}
