import "server-only";
import type { Db } from "@/lib/db";
import { sqliteFileOf } from "@/lib/db/engine";
import { SqliteStatements } from "@/lib/db/sqlite-statements";
import { createDatabaseUsageCounter, createSqliteUsageCounter, type UsageCounter } from "@/lib/keys/usage";
import type { SharedState } from "./shared-state";
import { createDatabaseSharedState } from "./shared-state-db";
import { createRedisSharedState } from "./shared-state-redis";
import { createSqliteSharedState } from "./shared-state-sqlite";

/** What every API request writes: limit counters and nonces (shared state), and usage counts. */
export type StoreServices = {
  state: SharedState;
  usage: UsageCounter;
  /** The direct SQLite connection, when there is one. */
  statements: SqliteStatements | null;
  close: () => void;
};

/**
 * The per-request writes for a store: on SQLite through a direct connection with prepared statements, on
 * PostgreSQL through Prisma; limit counters and nonces in Redis instead when a Redis URL is given.
 */
export function openStoreServices(db: Db, databaseUrl: string, redisUrl?: string): StoreServices {
  const sqliteFile = sqliteFileOf(databaseUrl);
  const statements = sqliteFile ? new SqliteStatements(sqliteFile) : null;
  const databaseState = statements ? createSqliteSharedState(statements) : createDatabaseSharedState(db);
  const usage = statements ? createSqliteUsageCounter(statements) : createDatabaseUsageCounter(db);
  return {
    state: redisUrl ? createRedisSharedState(redisUrl) : databaseState,
    usage,
    statements,
    close: () => {
      usage.close();
      statements?.close();
    },
  };
}
