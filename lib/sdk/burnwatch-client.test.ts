import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { buildStringToSign, sha256Hex, signRequest } from "@/lib/keys/request-signature";
import { BurnwatchApiError } from "./burnwatch-api-error";
import { createBurnwatchClient } from "./burnwatch-client";

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A stand-in server for transport behaviour (the suite in e2e/ runs the SDK against the real app). */
async function serve(handler: Handler): Promise<string> {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => handler(request, body, response));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
}

const problem = (response: ServerResponse, status: number, code: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, { "content-type": "application/problem+json", ...headers });
  response.end(JSON.stringify({ type: `/docs/errors#${code.replace(/_/g, "-")}`, title: code, status, detail: `stand-in ${code}`, instance: "/", request_id: "r1" }));
};
const json = (response: ServerResponse, body: unknown) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
};

describe("the Burnwatch SDK's transport", () => {
  it("waits out a 429 for the Retry-After the server names, then succeeds", async () => {
    let calls = 0;
    const baseUrl = await serve((_request, _body, response) => (++calls === 1 ? problem(response, 429, "rate_limited", { "retry-after": "2" }) : json(response, { data: [] })));
    const waits: number[] = [];
    const client = createBurnwatchClient({ baseUrl, credentials: { key: "k" }, sleep: async (ms) => void waits.push(ms) });
    await expect(client.listTokens()).resolves.toEqual({ data: [] });
    expect(waits).toEqual([2000]);
    expect(calls).toBe(2);
  });

  it("gives up after maxRetries, and never waits longer than maxRetryWaitMs", async () => {
    const baseUrl = await serve((_request, _body, response) => problem(response, 429, "rate_limited", { "retry-after": "1" }));
    const waits: number[] = [];
    const client = createBurnwatchClient({ baseUrl, credentials: { key: "k" }, maxRetries: 2, sleep: async (ms) => void waits.push(ms) });
    const error = await client.listTokens().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BurnwatchApiError);
    expect((error as BurnwatchApiError).code).toBe("rate_limited");
    expect(waits).toEqual([1000, 1000]);

    const impatient = createBurnwatchClient({ baseUrl, credentials: { key: "k" }, maxRetryWaitMs: 500, sleep: async (ms) => void waits.push(ms) });
    await expect(impatient.listTokens()).rejects.toThrow(/429/);
    expect(waits).toHaveLength(2);
  });

  it("signs state-changing calls with the server's time when our clock is wrong", async () => {
    const signingSecret = "bws_stand_in_secret";
    const serverSkewMs = 10 * 60_000; // the server's clock runs ten minutes ahead of the client's
    let refused = 0;
    const baseUrl = await serve((request, body, response) => {
      const serverNow = Date.now() + serverSkewMs;
      response.setHeader("date", new Date(serverNow).toUTCString());
      const timestamp = Number(request.headers["x-bw-timestamp"]);
      const url = new URL(request.url ?? "/", "http://x");
      const expected = signRequest(signingSecret, buildStringToSign({ timestamp, nonce: String(request.headers["x-bw-nonce"]), method: request.method ?? "", path: url.pathname, query: url.searchParams, bodySha256Hex: sha256Hex(body) }));
      if (request.headers["x-bw-signature"] !== expected) return problem(response, 401, "invalid_signature");
      if (Math.abs(serverNow / 1000 - timestamp) > 60) return ++refused, problem(response, 401, "invalid_signature");
      json(response, { key_id: "k1", signing_secret: "bws_new", previous_signing_secret_valid_until: null });
    });
    const client = createBurnwatchClient({ baseUrl, credentials: { key: "k", signingSecret } });
    await expect(client.rotateSigningSecret({ path: { keyId: "k1" }, body: { graceSeconds: 60 } })).resolves.toMatchObject({ key_id: "k1" });
    expect(refused).toBe(1); // the first signature used our clock; the answer's Date header corrected it
    expect(Math.abs(client.clockOffsetMs() - serverSkewMs)).toBeLessThan(2000);
    await client.rotateSigningSecret({ path: { keyId: "k1" }, body: { graceSeconds: 60 } });
    expect(refused).toBe(1); // later calls are signed right the first time
  });

  it("asks the key provider again when the key is refused, and retries with the new key", async () => {
    const keysSeen: string[] = [];
    const baseUrl = await serve((request, _body, response) => {
      const key = String(request.headers.authorization).replace("Bearer ", "");
      keysSeen.push(key);
      return key === "new" ? json(response, { data: [] }) : problem(response, 401, "invalid_token");
    });
    let current = "old";
    const refreshes: boolean[] = [];
    const client = createBurnwatchClient({
      baseUrl,
      credentials: ({ refresh }) => {
        refreshes.push(refresh);
        if (refresh) current = "new"; // e.g. the secret store now holds the rotated key
        return { key: current };
      },
    });
    await expect(client.listKeys()).resolves.toEqual({ data: [] });
    expect(keysSeen).toEqual(["old", "new"]);
    expect(refreshes).toEqual([false, true]);
  });

  it("waits a moment for a provider that lags the rotation, then retries with the new key", async () => {
    const baseUrl = await serve((request, _body, response) => (request.headers.authorization === "Bearer new" ? json(response, { data: [] }) : problem(response, 401, "invalid_token")));
    let asked = 0;
    const waits: number[] = [];
    const client = createBurnwatchClient({ baseUrl, credentials: ({ refresh }) => ({ key: refresh && ++asked >= 3 ? "new" : "old" }), sleep: async (ms) => void waits.push(ms) });
    await expect(client.listKeys()).resolves.toEqual({ data: [] });
    expect(waits).toEqual([250, 250]);
  });

  it("does not retry a refused key when the provider has nothing newer, and names the problem", async () => {
    const baseUrl = await serve((_request, _body, response) => problem(response, 401, "invalid_token"));
    const client = createBurnwatchClient({ baseUrl, credentials: () => ({ key: "same" }), sleep: async () => {} });
    const error = (await client.getToken({ path: { symbol: "lunc" } }).catch((caught: unknown) => caught)) as BurnwatchApiError;
    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_token");
    expect(error.message).toContain("request r1");
  });

  it("refuses to send a state-changing call it cannot sign", async () => {
    const baseUrl = await serve((_request, _body, response) => json(response, {}));
    const client = createBurnwatchClient({ baseUrl, credentials: { key: "k" } });
    await expect(client.revokeKey({ path: { keyId: "abc" } })).rejects.toThrow(/must be signed/);
  });
});
