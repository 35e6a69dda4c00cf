import type { DatabaseEngine } from "./engine";

/**
 * Derives one engine's schema from the single source in prisma/schema.prisma. Only the datasource provider and
 * the generated client's folder differ, so the models (and thus every query) are the same on both engines.
 */
export function deriveSchemaFor(engine: DatabaseEngine, sqliteSchema: string): string {
  if (engine === "sqlite") return sqliteSchema;
  const withProvider = sqliteSchema.replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  const withOutput = withProvider.replace(/(output\s*=\s*)"\.\.\/lib\/generated\/sqlite"/, '$1"../lib/generated/postgresql"');
  if (withProvider === sqliteSchema || withOutput === withProvider) {
    throw new Error("prisma/schema.prisma no longer has the sqlite provider and client output this derivation expects");
  }
  return withOutput;
}
