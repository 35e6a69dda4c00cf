import { describe, expect, it } from "vitest";
import { readFixture } from "@/lib/ingest/fixtures/read-fixture";
import { fetchJsonWithRetry, type FetchJsonOptions } from "./fetch-with-retry";
import { ProviderError } from "./provider-error";
import { findClosedBaseUrl } from "./recorded-response-server";
import { useRecordedResponseServers } from "./use-recorded-response-servers";

const chartPath = "/api/v3/coins/terra-luna/market_chart/range";
const dailyChart = readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json");
const rateLimited = readFixture("coingecko-error-429-rate-limit.json");

const serve = useRecordedResponseServers();

/** Instant, deterministic retries: waits are recorded instead of slept, and the jitter draw is always 0.5. */
function createInstantRetries(overrides: FetchJsonOptions = {}): FetchJsonOptions & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, retries: 3, baseDelayMs: 100, maxDelayMs: 5_000, timeoutMs: 2_000, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...overrides };
}

async function catchProviderError(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error("expected a ProviderError");
}

describe("fetchJsonWithRetry", () => {
  it("returns the parsed body and sends the given headers", async () => {
    const { baseUrl, requests } = await serve({ [chartPath]: { body: dailyChart } });
    const options = createInstantRetries({ headers: { "x-cg-demo-api-key": "CG-demo-key-123" } });
    const json = await fetchJsonWithRetry(`${baseUrl}${chartPath}?vs_currency=usd`, options);
    expect(json).toEqual(JSON.parse(dailyChart));
    expect(requests[0]!.headers["x-cg-demo-api-key"]).toBe("CG-demo-key-123");
    expect(options.sleeps).toEqual([]);
  });

  it("waits as a 429's Retry-After (seconds) asks, then succeeds", async () => {
    const { baseUrl, requestsTo } = await serve({ [chartPath]: [{ status: 429, headers: { "retry-after": "3" }, body: rateLimited }, { body: dailyChart }] });
    const options = createInstantRetries();
    await expect(fetchJsonWithRetry(`${baseUrl}${chartPath}`, options)).resolves.toEqual(JSON.parse(dailyChart));
    expect(options.sleeps).toEqual([3_000]);
    expect(requestsTo(chartPath)).toHaveLength(2);
  });

  it("reads a Retry-After HTTP date against the injected clock and caps it at maxDelayMs", async () => {
    const now = Date.parse("2023-08-28T12:00:00Z");
    const { baseUrl } = await serve({
      [chartPath]: [
        { status: 429, headers: { "retry-after": "Mon, 28 Aug 2023 12:00:02 GMT" } },
        { status: 429, headers: { "retry-after": "120" } },
        { body: "{}" },
      ],
    });
    const options = createInstantRetries({ now: () => now });
    await fetchJsonWithRetry(`${baseUrl}${chartPath}`, options);
    expect(options.sleeps).toEqual([2_000, 5_000]);
  });

  it("backs off with full jitter on a 429 without Retry-After", async () => {
    const { baseUrl } = await serve({ [chartPath]: [{ status: 429, body: rateLimited }, { status: 429, body: rateLimited }, { body: "[]" }] });
    const options = createInstantRetries();
    await fetchJsonWithRetry(`${baseUrl}${chartPath}`, options);
    expect(options.sleeps).toEqual([50, 100]);
  });

  it("retries a 500 twice, then succeeds", async () => {
    const { baseUrl, requestsTo } = await serve({ [chartPath]: [{ status: 500, body: "Internal Server Error" }, { status: 500, body: "Internal Server Error" }, { body: dailyChart }] });
    const options = createInstantRetries();
    await expect(fetchJsonWithRetry(`${baseUrl}${chartPath}`, options)).resolves.toEqual(JSON.parse(dailyChart));
    expect(requestsTo(chartPath)).toHaveLength(3);
    expect(options.sleeps).toEqual([50, 100]);
  });

  it("gives up after the last retry with an http error naming the status and attempts", async () => {
    const { baseUrl, requestsTo } = await serve({ [chartPath]: { status: 503, body: "upstream down" } });
    const error = await catchProviderError(fetchJsonWithRetry(`${baseUrl}${chartPath}`, createInstantRetries({ retries: 2 })));
    expect(error).toMatchObject({ kind: "http", status: 503 });
    expect(error.message).toContain("HTTP 503");
    expect(error.message).toContain("gave up after 3 attempts");
    expect(requestsTo(chartPath)).toHaveLength(3);
  });

  it("fails a 401 at once, naming status and URL but never the key", async () => {
    const key = "CG-secret-demo-key-987";
    // A server that echoes the key back must not get it into our message either.
    const { baseUrl, requestsTo } = await serve({ [chartPath]: { status: 401, body: `{"status":{"error_code":10002,"error_message":"API Key Missing"},"echo":"${key}"}` } });
    const url = `${baseUrl}${chartPath}?vs_currency=usd&x_cg_demo_api_key=${key}`;
    const options = createInstantRetries({ headers: { "x-cg-demo-api-key": key } });
    const error = await catchProviderError(fetchJsonWithRetry(url, options));
    expect(error).toMatchObject({ kind: "http", status: 401 });
    expect(error.message).toContain("HTTP 401");
    expect(error.message).toContain(`${baseUrl}${chartPath}?vs_currency=usd&x_cg_demo_api_key=[redacted]`);
    expect(error.message).toContain("API Key Missing");
    expect(`${error.message} ${error.url} ${error.stack}`).not.toContain(key);
    expect(requestsTo(chartPath)).toHaveLength(1);
    expect(options.sleeps).toEqual([]);
  });

  it("does not retry a 501 (a route the server lacks)", async () => {
    const { baseUrl, requestsTo } = await serve({});
    const error = await catchProviderError(fetchJsonWithRetry(`${baseUrl}/terra/tax/v1beta1/params`, createInstantRetries()));
    expect(error).toMatchObject({ kind: "http", status: 501 });
    expect(requestsTo("/terra/tax/v1beta1/params")).toHaveLength(1);
  });

  it("times out an attempt that gets no answer, retries it, then reports a timeout", async () => {
    const { baseUrl, requestsTo } = await serve({ [chartPath]: { hang: true } });
    const options = createInstantRetries({ timeoutMs: 50, retries: 1 });
    const error = await catchProviderError(fetchJsonWithRetry(`${baseUrl}${chartPath}`, options));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("within 50 ms");
    expect(requestsTo(chartPath)).toHaveLength(2);
    expect(options.sleeps).toEqual([50]);
  });

  it("succeeds when the attempt after a timeout answers", async () => {
    const { baseUrl } = await serve({ [chartPath]: [{ hang: true }, { body: '{"ok":true}' }] });
    await expect(fetchJsonWithRetry(`${baseUrl}${chartPath}`, createInstantRetries({ timeoutMs: 50 }))).resolves.toEqual({ ok: true });
  });

  it("calls a truncated JSON body malformed and does not retry it", async () => {
    const truncated = readFixture("coingecko-market-chart-truncated.txt");
    const { baseUrl, requestsTo } = await serve({ [chartPath]: { body: truncated } });
    const error = await catchProviderError(fetchJsonWithRetry(`${baseUrl}${chartPath}`, createInstantRetries()));
    expect(error.kind).toBe("malformed");
    expect(error.message).toMatch(/is not JSON/);
    expect(requestsTo(chartPath)).toHaveLength(1);
  });

  it("calls an HTML page malformed", async () => {
    const { baseUrl } = await serve({ [chartPath]: { headers: { "content-type": "text/html" }, body: "<html><body>Just a moment…</body></html>" } });
    await expect(fetchJsonWithRetry(`${baseUrl}${chartPath}`, createInstantRetries())).rejects.toMatchObject({ kind: "malformed" });
  });

  it("retries a refused connection and reports a network error", async () => {
    const closed = await findClosedBaseUrl();
    const options = createInstantRetries({ retries: 2 });
    const error = await catchProviderError(fetchJsonWithRetry(`${closed}/cosmos/bank/v1beta1/supply/by_denom?denom=uluna`, options));
    expect(error.kind).toBe("network");
    expect(error.message).toContain("ECONNREFUSED");
    expect(options.sleeps).toEqual([50, 100]);
  });
});
