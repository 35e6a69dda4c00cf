import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseEngine } from "./engine";

/** The project root, found from this file so that scripts work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const schemaSourcePath = path.join(projectRoot, "prisma", "schema.prisma");

export function schemaPathFor(engine: DatabaseEngine): string {
  return engine === "sqlite" ? schemaSourcePath : path.join(projectRoot, "prisma", "schema.postgresql.prisma");
}

export function migrationsDirFor(engine: DatabaseEngine): string {
  return path.join(projectRoot, "prisma", "migrations", engine);
}
