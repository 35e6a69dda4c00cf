import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The app under test is the real production build, served by the same script as `npm start`, on a throwaway
// SQLite store filled from the bundled snapshot; it never touches the developer's own store.
const port = Number(process.env.E2E_PORT ?? 3100);
// Set once in the runner and inherited by its workers, so tests reach the same store as the server.
process.env.BURNWATCH_E2E_DATABASE_URL ??= `file:${path.join(tmpdir(), "burnwatch-e2e", `store-${process.pid}-${Date.now()}.db`)}`;
const databaseUrl = process.env.BURNWATCH_E2E_DATABASE_URL;
process.env.BURNWATCH_E2E_SERVER_LOG ??= path.join(tmpdir(), "burnwatch-e2e", `server-${process.pid}-${Date.now()}.log`);
const serverLog = process.env.BURNWATCH_E2E_SERVER_LOG;
export const baseURL = `http://127.0.0.1:${port}`;

export const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: { baseURL },
  projects: [
    { name: "api", testMatch: /.*\.api\.spec\.ts/ },
    {
      name: "ui",
      testMatch: /.*\.ui\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
    // Runs after everything else: scans the store, the server's log and error answers for secrets in clear.
    { name: "audit", testMatch: /.*\.audit\.spec\.ts/, dependencies: ["api", "ui"] },
  ],
  webServer: {
    command: "node lib/start/start.mjs",
    url: `${baseURL}/`,
    env: { DATABASE_URL: databaseUrl, PORT: String(port), BURNWATCH_SERVER_LOG: serverLog },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
