import { expect, test } from "@playwright/test";
import { createKeyWithCli, runKeysCli } from "./support/operator-cli";

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

test.describe("the API over HTTP with keys from the operators' CLI", () => {
  test("a key reads tokens and prices; the answers carry limits, request ids and sources", async ({ request }) => {
    const { key } = createKeyWithCli(["--client", "e2e-reader", "--scopes", "prices:read", "--expires-in", "1d"]);
    expect(key).toMatch(/^bw_live_[0-9A-Za-z]{16}_[0-9A-Za-z]{49}$/);
    const tokens = await request.get("/api/v1/tokens", { headers: bearer(key) });
    expect(tokens.status()).toBe(200);
    expect(tokens.headers()["ratelimit-policy"]).toContain('"minute";q=600;w=60');
    expect(tokens.headers()["x-request-id"]).toBeTruthy();
    const body = (await tokens.json()) as { data: { symbol: string; price_as_of: string }[] };
    expect(body.data.map((token) => token.symbol)).toEqual(["LUNC", "USTC", "BTC", "ETH", "SHIB"]);

    const prices = await request.get("/api/v1/tokens/lunc/prices?from=2022-05-08&to=2022-05-14", { headers: bearer(key) });
    expect(prices.status()).toBe(200);
    const series = (await prices.json()) as { data: { date: string; price_usd: number }[]; sources: { repository: string; commit: string }[] };
    expect(series.data.map((point) => point.date)).toEqual(["2022-05-08", "2022-05-09", "2022-05-10", "2022-05-11", "2022-05-12", "2022-05-13", "2022-05-14"]);
    expect(series.sources[0]).toMatchObject({ repository: "nktcodes/Coins-By-Market-Capitalization", commit: "5d8e03a7" });
  });

  test("bad input and bad keys get problem+json: 400, 401, 403, 404", async ({ request }) => {
    const { key } = createKeyWithCli(["--client", "e2e-reader", "--scopes", "prices:read"]);
    const bad = await request.get("/api/v1/tokens/lunc/prices?from=2022-13-01", { headers: bearer(key) });
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toBe("application/problem+json");
    expect(await bad.json()).toMatchObject({ parameter: "from" });
    const missing = await request.get("/api/v1/tokens");
    expect(missing.status()).toBe(401);
    expect(missing.headers()["www-authenticate"]).toBe('Bearer realm="api"');
    expect((await request.get("/api/v1/tokens", { headers: bearer(`${key.slice(0, -1)}x`) })).status()).toBe(401);
    const burnsOnly = createKeyWithCli(["--client", "e2e-burns", "--scopes", "burns:read"]);
    const forbidden = await request.get("/api/v1/tokens", { headers: bearer(burnsOnly.key) });
    expect(forbidden.status()).toBe(403);
    expect(await forbidden.json()).toMatchObject({ required_scope: "prices:read" });
    expect((await request.get("/api/v1/tokens/nope/prices", { headers: bearer(key) })).status()).toBe(404);
  });

  test("rotation from the CLI keeps both keys working in the grace window; revocation ends the old one", async ({ request }) => {
    const old = createKeyWithCli(["--client", "e2e-rotation", "--scopes", "prices:read"]);
    const rotated = runKeysCli(["rotate", old.keyId, "--grace", "1h"]);
    const successor = rotated[rotated.length - 1] ?? "";
    expect(rotated.join("\n")).toMatch(/keeps working until/);
    for (const key of [old.key, successor]) expect((await request.get("/api/v1/tokens", { headers: bearer(key) })).status()).toBe(200);
    runKeysCli(["revoke", old.keyId]);
    // The server caches key records for at most 10 seconds.
    await expect.poll(async () => (await request.get("/api/v1/tokens", { headers: bearer(old.key) })).status(), { timeout: 15_000, intervals: [1000] }).toBe(401);
    expect((await request.get("/api/v1/tokens", { headers: bearer(successor) })).status()).toBe(200);
    const listing = runKeysCli(["list"]).join("\n");
    expect(listing).toContain(old.keyId);
    expect(listing).not.toContain(old.key);
  });
});
