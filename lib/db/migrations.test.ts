import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createThrowawaySqliteStore } from "@/lib/testing/throwaway-store";
import { resolveDatabaseTarget } from "./engine";
import { applyPendingMigrations, diffSchemas, loadMigrationList } from "./migrations";
import { migrationsDirFor, projectRoot, schemaSourcePath } from "./paths";

describe("migrations", () => {
  it("cover the whole schema: no change to prisma/schema.prisma is waiting for a migration", async () => {
    const baseline = readFileSync(path.join(projectRoot, "prisma", "migrations", "schema-at-last-migration.prisma"), "utf8");
    const current = readFileSync(schemaSourcePath, "utf8");
    expect(await diffSchemas("sqlite", baseline, current)).toBe("");
    expect(baseline).toBe(current);
  });

  it("exist for both engines under the same names", async () => {
    const names = async (engine: "sqlite" | "postgresql") => (await loadMigrationList(migrationsDirFor(engine))).migrationDirectories.map((dir) => dir.path);
    expect(await names("postgresql")).toEqual(await names("sqlite"));
  });

  it("apply once: a second run applies nothing", async () => {
    const store = await createThrowawaySqliteStore();
    try {
      expect(store.applied.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(resolveDatabaseTarget(store.url))).toEqual([]);
    } finally {
      await store.dispose();
    }
  });

  it("write the SQL that takes the empty database to the schema", async () => {
    const sql = await diffSchemas("sqlite", null, readFileSync(schemaSourcePath, "utf8"));
    expect(sql).toContain('CREATE TABLE "PricePoint"');
    expect(sql).toContain('CREATE UNIQUE INDEX "Burn_tokenId_kind_day_key"');
  });
});
