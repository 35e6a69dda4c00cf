import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { createKeyWithCli } from "./support/operator-cli";

type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** The answer's bytes as they crossed the wire: node:http, unlike fetch, decodes nothing. */
function getRaw(path: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    httpRequest(`${baseURL}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

test("data reads come gzipped once to clients that take gzip, the same JSON as uncompressed, with their own ETag", async () => {
  const { key } = createKeyWithCli(["--client", "e2e-compression", "--scopes", "prices:read"]);
  const path = "/api/v1/tokens/lunc/prices?limit=5000";
  const plain = await getRaw(path, { authorization: `Bearer ${key}` });
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  const history = JSON.parse(plain.body.toString("utf8")) as { data: unknown[] };
  expect(history.data.length).toBeGreaterThan(1900);

  const zipped = await getRaw(path, { authorization: `Bearer ${key}`, "accept-encoding": "gzip, deflate, br" });
  expect(zipped.status).toBe(200);
  expect(zipped.headers["content-encoding"]).toBe("gzip");
  expect(zipped.headers["x-burnwatch-content-encoding"]).toBeUndefined(); // the internal marker never leaves the server
  expect(String(zipped.headers.vary)).toMatch(/Accept-Encoding/);
  expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
  // Compressed exactly once: one gunzip gives the very bytes of the uncompressed answer.
  expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  expect(zipped.headers.etag).toBe(`${String(plain.headers.etag).slice(0, -1)}-gzip"`);

  for (const held of [String(zipped.headers.etag), String(plain.headers.etag)]) {
    const revalidated = await getRaw(path, { authorization: `Bearer ${key}`, "accept-encoding": "gzip", "if-none-match": held });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
  }
  const refused = await getRaw(path, { "accept-encoding": "gzip" });
  expect(refused.status).toBe(401);
  expect(JSON.parse(gunzipOrPlain(refused)).type).toMatch(/invalid_token|invalid-token/);
});

function gunzipOrPlain(answer: RawAnswer): string {
  return (answer.headers["content-encoding"] === "gzip" ? gunzipSync(answer.body) : answer.body).toString("utf8");
}
