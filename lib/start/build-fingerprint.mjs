import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What a production build depends on; tests, the snapshot and the store do not change it.
const inputs = ["app", "components", "lib", "public", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const skipped = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;

function listFiles(root, relative) {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => {
      const child = path.posix.join(relative, name);
      return skipped.test(child) ? [] : listFiles(root, child);
    });
}

/** A hash of every build input's path and content: a different value means the build is stale. */
export function computeBuildFingerprint(root) {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap((input) => listFiles(root, input))) {
    hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}
