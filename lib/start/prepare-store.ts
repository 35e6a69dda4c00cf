// Called by `npm start`: migrates the store and loads the bundled snapshot into it when it is empty.
import { createDb } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/engine";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { describeStoreError, redactUrl } from "@/lib/db/store-errors";
import { readEnv } from "@/lib/env";
import { importSnapshot } from "@/lib/ingest/snapshot";
import { getKeyEncryptionKey } from "@/lib/keys/key-encryption-key";
import { ensureSitePublishableKey, siteOrigins } from "@/lib/keys/site-key-store";

const { DATABASE_URL, PORT, SITE_ORIGIN } = readEnv();
const target = resolveDatabaseTarget(DATABASE_URL);
const where = target.engine === "sqlite" ? target.filePath : redactUrl(target.url);

try {
  const applied = await applyPendingMigrations(target);
  console.log(`Store ${where}: ${applied.length === 0 ? "schema up to date" : `applied ${applied.join(", ")}`}.`);
} catch (error) {
  console.error(describeStoreError(target, error));
  process.exit(1);
}

const db = createDb(DATABASE_URL);
try {
  if ((await db.token.count()) === 0) {
    console.log("The store is empty: loading the bundled snapshot…");
    const result = await importSnapshot(db);
    console.log(`Loaded ${result.counts.added} rows from the snapshot.`);
  } else {
    console.log("The store already holds data: the snapshot is not reloaded (npm run ingest -- --source snapshot does that).");
  }
  const origins = siteOrigins(PORT, SITE_ORIGIN);
  const siteKeyId = await ensureSitePublishableKey(db, getKeyEncryptionKey(), origins);
  console.log(`The site's publishable key ${siteKeyId} is allowed from ${origins.join(", ")}.`);
} catch (error) {
  console.error(`Preparing the store failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
