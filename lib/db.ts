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
    // The file is in WAL mode (set when migrating), so readers go on while an import writes; the busy timeout waits
    // out a concurrent writer. In WAL mode synchronous=NORMAL cannot corrupt the file and saves an fsync per commit;
    // the adapter keeps one connection, so the pragma holds for every later query.
    const client = new SqlitePrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath, timeout: 5000 }) });
    client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
    return client;
  }
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}

const cache = globalThis as unknown as { burnwatchDb?: Db };

/** The app's one client, kept on globalThis so that hot reloads in development do not open a new pool each time. */
export function getDb(): Db {
  cache.burnwatchDb ??= createDb(readEnv().DATABASE_URL);
  return cache.burnwatchDb;
}
