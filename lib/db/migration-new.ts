// Makes a new migration for both engines from a change to prisma/schema.prisma:
//   npm run db:migration:new -- add_token_rank
// It diffs the schema as of the last migration (kept in prisma/migrations/schema-at-last-migration.prisma)
// against the current one, so it needs no database, and then records the current schema as the new baseline.
import { existsSync } from "node:fs";
import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { diffSchemas, writeMigration } from "./migrations";
import { projectRoot, schemaSourcePath } from "./paths";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>   (for example add_token_rank)");
  process.exit(2);
}
const baselinePath = path.join(projectRoot, "prisma", "migrations", "schema-at-last-migration.prisma");
const previous = existsSync(baselinePath) ? await readFile(baselinePath, "utf8") : null;
const current = await readFile(schemaSourcePath, "utf8");
const now = new Date();

// Both diffs first, so that a failure leaves no half-made migration behind.
const sqlByEngine = {
  sqlite: await diffSchemas("sqlite", previous, current),
  postgresql: await diffSchemas("postgresql", previous, current),
};
let wrote = false;
for (const engine of ["sqlite", "postgresql"] as const) {
  const dir = await writeMigration(engine, name, sqlByEngine[engine], now);
  wrote ||= dir !== null;
  console.log(dir ? `${engine}: wrote ${path.relative(projectRoot, dir)}/migration.sql` : `${engine}: no change to migrate`);
}
if (wrote) await copyFile(schemaSourcePath, baselinePath);
