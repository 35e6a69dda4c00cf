import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveSchemaFor } from "./schema-variants";

const source = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");

describe("deriveSchemaFor", () => {
  it("keeps the source as it is for SQLite", () => {
    expect(deriveSchemaFor("sqlite", source)).toBe(source);
  });

  it("changes only the provider and client output for PostgreSQL", () => {
    const postgres = deriveSchemaFor("postgresql", source);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('"../lib/generated/postgresql"');
    expect(postgres).not.toContain('"sqlite"');
    const strip = (text: string) => text.replace(/provider = "\w+"/g, "").replace(/generated\/\w+/g, "");
    expect(strip(postgres)).toBe(strip(source));
  });

  it("refuses a schema it cannot recognise", () => {
    expect(() => deriveSchemaFor("postgresql", "model A { id Int @id }")).toThrow(/no longer has/);
  });
});
