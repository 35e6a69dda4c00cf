import { randomBytes } from "node:crypto";
import { chromium, expect, test } from "@playwright/test";
import { createThrowawayPostgresDatabase } from "../lib/db/throwaway-postgres";
import { buildStringToSign, sha256Hex, signRequest } from "../lib/keys/request-signature";
import { chromiumArgs } from "../playwright.config";
import { prepareStore, startAppServer } from "./support/app-servers";
import { createKeyWithCli } from "./support/operator-cli";

// Two stateless app servers on one PostgreSQL database: what one learns (a nonce, a request counted against a
// limit) the other must know. BURNWATCH_SKIP_POSTGRES=1 skips this on machines without PostgreSQL (never in CI).
test.describe("two app servers on one PostgreSQL database", () => {
  test.skip(process.env.BURNWATCH_SKIP_POSTGRES === "1", "PostgreSQL suites switched off");
  test.setTimeout(180_000);

  let database: Awaited<ReturnType<typeof createThrowawayPostgresDatabase>>;
  let servers: Awaited<ReturnType<typeof startAppServer>>[] = [];

  test.beforeAll(async () => {
    database = await createThrowawayPostgresDatabase("two_servers");
    prepareStore(database.url, 3401);
    // Each server is kept as soon as it is up, so afterAll stops it even when the other failed to start.
    await Promise.all([3401, 3402].map(async (port) => servers.push(await startAppServer(database.url, port))));
  });

  test.afterAll(async () => {
    await Promise.allSettled(servers.map((server) => server.stop()));
    await database?.drop();
  });

  test("a nonce used on one server is refused as a replay on the other", async () => {
    const { key, signingSecret } = createKeyWithCli(["--client", "two-servers", "--scopes", "keys:manage"], database.url);
    const body = JSON.stringify({ name: "made through server A", scopes: ["prices:read"] });
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString("hex");
    const signature = signRequest(signingSecret ?? "", buildStringToSign({ timestamp, nonce, method: "POST", path: "/api/v1/keys", query: "", bodySha256Hex: sha256Hex(body) }));
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json", "x-bw-timestamp": String(timestamp), "x-bw-nonce": nonce, "x-bw-signature": signature };
    const [a, b] = servers;
    const first = await fetch(`${a?.url}/api/v1/keys`, { method: "POST", headers, body });
    expect(first.status).toBe(201);
    const replay = await fetch(`${b?.url}/api/v1/keys`, { method: "POST", headers, body });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { type: string }).type).toBe("/docs/errors#replay-detected");
  });

  test("a limit of N per minute holds across both servers", async () => {
    const limit = 15;
    const { key } = createKeyWithCli(["--client", "two-servers-limit", "--scopes", "prices:read", "--rate-limit", String(limit)], database.url);
    // Start early in a minute so that every request falls into one window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - intoMinute));
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => fetch(`${servers[index % 2]?.url}/api/v1/tokens`, { headers: { authorization: `Bearer ${key}` } }).then((response) => response.status)),
    );
    const accepted = statuses.filter((status) => status === 200).length;
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(accepted).toBeGreaterThanOrEqual(limit);
    expect(accepted).toBeLessThanOrEqual(Math.floor(limit * 1.1));
  });

  test("a session made on one server is honoured by the other, and signing out on that one ends it on both", async () => {
    const [first, second] = servers;
    if (!first || !second) throw new Error("both servers must be up");
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
    try {
      // Cookies do not depend on the port, so one browser carries the session cookie to both servers, as a load balancer would.
      const page = await browser.newPage();
      const email = `two-servers-${randomBytes(4).toString("hex")}@example.com`;
      await page.goto(`${first.url}/signup`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery staple");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/portal$/);

      await page.goto(`${second.url}/portal`);
      await expect(page.getByTestId("portal-user")).toContainText(email);
      await page.getByTestId("sign-out").click();
      await expect(page).toHaveURL(/\/signin$/);

      await page.goto(`${first.url}/portal`);
      await expect(page).toHaveURL(/\/signin/);
    } finally {
      await browser.close();
    }
  });
});
