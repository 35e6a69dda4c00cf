import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}$1` },
      // Server modules mark themselves with `import "server-only"`, which throws outside React's server build.
      { find: /^server-only$/, replacement: fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    // Database suites create throwaway stores and a PostgreSQL database each; they run one file at a time on 2 cores.
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
