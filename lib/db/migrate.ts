// Applies pending migrations to DATABASE_URL: `npm run db:migrate`.
import { resolveDatabaseTarget } from "./engine";
import { applyPendingMigrations } from "./migrations";
import { describeStoreError } from "./store-errors";
import { readEnv } from "../env";

const target = resolveDatabaseTarget(readEnv().DATABASE_URL);
try {
  const applied = await applyPendingMigrations(target);
  console.log(applied.length === 0 ? "Database is up to date." : `Applied ${applied.length} migration(s): ${applied.join(", ")}`);
} catch (error) {
  console.error(describeStoreError(target, error));
  process.exit(1);
}
