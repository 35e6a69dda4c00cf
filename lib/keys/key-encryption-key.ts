import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/paths";
import { readEnv } from "@/lib/env";
import { parseKeyEncryptionKey } from "./secret-box";

const generatedKekFile = path.join(projectRoot, "data", "key-encryption-key");
let cached: Buffer | undefined;

/**
 * The key that seals signing secrets: BURNWATCH_KEY_ENCRYPTION_KEY, or for the embedded default a key generated
 * on first use into the git-ignored data/ folder (readable by its owner only). Servers on several machines must
 * all be given the same key through the environment.
 */
export function getKeyEncryptionKey(): Buffer {
  if (cached) return cached;
  const fromEnv = readEnv().BURNWATCH_KEY_ENCRYPTION_KEY;
  if (fromEnv) {
    cached = parseKeyEncryptionKey(fromEnv);
    return cached;
  }
  if (!existsSync(generatedKekFile)) {
    mkdirSync(path.dirname(generatedKekFile), { recursive: true });
    // wx: two processes starting at once must not overwrite each other's freshly generated key.
    try {
      writeFileSync(generatedKekFile, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  cached = parseKeyEncryptionKey(readFileSync(generatedKekFile, "utf8").trim());
  return cached;
}
