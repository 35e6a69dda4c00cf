import { randomBytes } from "node:crypto";
import pg from "pg";

export const DEFAULT_POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The server used for throwaway databases (tests, migration shadows): POSTGRES_URL, else the local default. */
export function postgresAdminUrl(): string {
  return process.env.POSTGRES_URL ?? DEFAULT_POSTGRES_ADMIN_URL;
}

export async function createThrowawayPostgresDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = postgresAdminUrl();
  const name = `bw_${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${adminUrl} (set POSTGRES_URL to another server): ${(error as Error).message}`);
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export async function withThrowawayPostgresDatabase<T>(prefix: string, work: (url: string) => Promise<T>): Promise<T> {
  const database = await createThrowawayPostgresDatabase(prefix);
  try {
    return await work(database.url);
  } finally {
    await database.drop();
  }
}
