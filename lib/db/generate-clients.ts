// Generates the Prisma client for each engine: `npm run db:generate` (also run after every `npm install`).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseEngine } from "./engine";
import { projectRoot, schemaPathFor, schemaSourcePath } from "./paths";
import { deriveSchemaFor } from "./schema-variants";

const engines: DatabaseEngine[] = ["sqlite", "postgresql"];
const source = readFileSync(schemaSourcePath, "utf8");
const header = "// Generated from prisma/schema.prisma by lib/db/generate-clients.ts: edit that file, not this one.\n";

for (const engine of engines) {
  const schemaPath = schemaPathFor(engine);
  if (engine !== "sqlite") writeFileSync(schemaPath, header + deriveSchemaFor(engine, source));
  execFileSync(process.execPath, [path.join(projectRoot, "node_modules/prisma/build/index.js"), "generate", "--schema", schemaPath], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    // `prisma generate` needs no schema engine, but the CLI downloads one unless told where it is; offline that fails.
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`Prisma client for ${engine} generated.`);
}
