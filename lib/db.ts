import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "@/lib/generated/sqlite/client";
import { resolveDatabaseTarget } from "@/lib/db/engine";
import { readEnv } from "@/lib/env";

/**
 * Both generated clients come from one schema (see lib/db/schema-variants.ts), so they expose the same API;
 * the SQLite client's type stands for both.
 */
export type Db = InstanceType<typeof SqlitePrismaClient>;

/** Opens a client on a DATABASE_URL: SQLite through better-sqlite3 for `file:` URLs, PostgreSQL through pg. */
export function createDb(databaseUrl: string): Db {
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.engine === "sqlite") {
    // WAL lets the server read while an import writes; the busy timeout waits out a concurrent writer.
    return new SqlitePrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath, timeout: 5000 }) });
  }
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}

const cache = globalThis as unknown as { burnwatchDb?: Db };

/** The app's one client, kept on globalThis so that hot reloads in development do not open a new pool each time. */
export function getDb(): Db {
  cache.burnwatchDb ??= createDb(readEnv().DATABASE_URL);
  return cache.burnwatchDb;
}
