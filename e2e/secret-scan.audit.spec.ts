import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { buildStringToSign, sha256Hex, signRequest } from "../lib/keys/request-signature";
import { createKeyWithCli } from "./support/operator-cli";

// What must never appear in clear anywhere but in the one answer that hands a key out.
const secretPatterns: [string, RegExp][] = [
  ["API key", /bw_(?:live|test|pk)_[0-9A-Za-z]{16}_[0-9A-Za-z]{49}/],
  ["signing secret", /bws_[0-9A-Za-z]{43}/],
  ["signature", /v1=[0-9a-f]{64}/],
  ["Authorization header", /Bearer\s+bw_/i],
];

function findSecrets(text: string): string[] {
  return secretPatterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

test.describe("after the whole run: no key, secret or signature in clear", () => {
  test("the store holds none, in any table", () => {
    const file = (process.env.BURNWATCH_E2E_DATABASE_URL ?? "").replace(/^file:/, "");
    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
      const found: string[] = [];
      let rows = 0;
      for (const { name } of tables) {
        for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate() as Iterable<Record<string, unknown>>) {
          rows++;
          const hits = findSecrets(JSON.stringify(row));
          if (hits.length > 0) found.push(`${name}: ${hits.join(", ")}`);
        }
      }
      expect(rows).toBeGreaterThan(10_000);
      expect((db.prepare('SELECT COUNT(*) AS n FROM "ApiKey"').get() as { n: number }).n).toBeGreaterThan(3);
      expect(found).toEqual([]);
    } finally {
      db.close();
    }
  });

  test("error answers never echo what was sent", async ({ request }) => {
    const { key, keyId, signingSecret } = createKeyWithCli(["--client", "scan", "--scopes", "keys:manage"]);
    const body = JSON.stringify({ name: key, scopes: [signingSecret] });
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = "ab".repeat(16);
    const signature = signRequest(signingSecret ?? "", buildStringToSign({ timestamp, nonce, method: "POST", path: "/api/v1/keys", query: "", bodySha256Hex: sha256Hex(body) }));
    const attempts = [
      request.get("/api/v1/tokens", { headers: { authorization: `Bearer ${key.slice(0, -2)}zz` } }),
      request.get(`/api/v1/tokens?api_key=${key}`),
      request.get("/api/v1/tokens", { headers: { authorization: `Bearer ${key}` } }),
      request.post("/api/v1/keys", { headers: { authorization: `Bearer ${key}`, "x-bw-timestamp": String(timestamp), "x-bw-nonce": nonce, "x-bw-signature": signature }, data: body }),
      request.post("/api/v1/keys", { headers: { authorization: `Bearer ${key}`, "x-bw-timestamp": String(timestamp), "x-bw-nonce": nonce, "x-bw-signature": signature }, data: body }),
      request.post("/api/v1/keys", { headers: { authorization: `Bearer ${key}`, "x-bw-timestamp": String(timestamp), "x-bw-nonce": "cd".repeat(16), "x-bw-signature": `${signature}0` }, data: body }),
      request.delete(`/api/v1/keys/${keyId}`, { headers: { authorization: `Bearer ${key}` } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBeGreaterThanOrEqual(400);
      const text = await response.text();
      expect(findSecrets(text), text).toEqual([]);
      expect(text).not.toContain(key.slice(25));
    }
  });

  test("the server's log holds none", () => {
    const log = readFileSync(process.env.BURNWATCH_E2E_SERVER_LOG ?? "", "utf8");
    expect(log).toContain("Burnwatch is ready");
    expect(findSecrets(log)).toEqual([]);
  });
});
