import { describe, expect, it } from "vitest";
import { readFixture } from "@/lib/ingest/fixtures/read-fixture";
import { ProviderError } from "@/lib/ingest/http/provider-error";
import { useRecordedResponseServers } from "@/lib/ingest/http/use-recorded-response-servers";
import { coingeckoDefaultBaseUrls, createCoingeckoProvider } from "./coingecko";

const luncChartPath = "/coins/terra-luna/market_chart/range";
const instant = { sleep: async () => {}, random: () => 0.5, timeoutMs: 2_000 };

const serve = useRecordedResponseServers();

describe("CoinGecko provider", () => {
  it("reads a daily market chart into one point per day (figures from coingecko-daily/terra-luna.csv)", async () => {
    const { baseUrl, requests } = await serve({ [luncChartPath]: { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") } });
    const provider = createCoingeckoProvider({ plan: "demo", apiKey: "CG-demo-key-123", baseUrl, retry: instant });
    const points = await provider.fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-28");

    expect(points.map((point) => point.day)).toEqual(["2023-08-20", "2023-08-21", "2023-08-22", "2023-08-23", "2023-08-24", "2023-08-25", "2023-08-26", "2023-08-27", "2023-08-28"]);
    expect(points[0]).toEqual({ day: "2023-08-20", priceUsd: 6.687726552397588e-5, marketCapUsd: 389339822.6219172, volumeUsd: 26039743.549980436 });
    expect(points[8]).toEqual({ day: "2023-08-28", priceUsd: 6.244455876330735e-5, marketCapUsd: 363046665.264846, volumeUsd: 8422775.092197996 });

    const [request] = requests;
    expect(request!.headers["x-cg-demo-api-key"]).toBe("CG-demo-key-123");
    expect(Object.fromEntries(request!.query)).toEqual({ vs_currency: "usd", from: "1692489600", to: String(1693180800 + 3600) });
  });

  it("keeps one point per day from an hourly chart: the one nearest 00:00 UTC", async () => {
    const { baseUrl } = await serve({ [luncChartPath]: { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-22-hourly.json") } });
    const provider = createCoingeckoProvider({ plan: "public", baseUrl, retry: instant });
    const points = await provider.fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-22");
    // 50 points in, three days out; 2023-08-21's comes from the 23:57 point of the day before.
    expect(points.map(({ day, priceUsd }) => [day, priceUsd])).toEqual([
      ["2023-08-20", 6.687726552397588e-5],
      ["2023-08-21", 6.772247506563287e-5],
      ["2023-08-22", 6.536723932538889e-5],
    ]);
    expect(points[1]!.marketCapUsd).toBe(394110078.31697744);
  });

  it("turns CoinGecko's market cap 0 into null (LUNC, July 2022)", async () => {
    const { baseUrl } = await serve({ [luncChartPath]: { body: readFixture("coingecko-market-chart-lunc-2022-07-01-to-03-market-cap-zero.json") } });
    const provider = createCoingeckoProvider({ plan: "pro", apiKey: "CG-pro-key-456", baseUrl, retry: instant });
    const points = await provider.fetchMarketChartRange("terra-luna", "2022-07-01", "2022-07-03");
    expect(points).toEqual([
      { day: "2022-07-01", priceUsd: 0.00011372266217748352, marketCapUsd: null, volumeUsd: 543874606.6164187 },
      { day: "2022-07-02", priceUsd: 0.00013324039020208865, marketCapUsd: null, volumeUsd: 390298900.44196695 },
      { day: "2022-07-03", priceUsd: 0.0001232329483863046, marketCapUsd: null, volumeUsd: 223520222.01577088 },
    ]);
  });

  it("rejects a malformed payload with an error naming the field", async () => {
    const { baseUrl } = await serve({ [luncChartPath]: { body: readFixture("coingecko-market-chart-malformed-price.json") } });
    const provider = createCoingeckoProvider({ plan: "public", baseUrl, retry: instant });
    const failing = provider.fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-28");
    await expect(failing).rejects.toBeInstanceOf(ProviderError);
    await expect(failing).rejects.toMatchObject({ kind: "malformed", message: expect.stringMatching(/CoinGecko market chart of terra-luna .* is malformed: prices\[1\]\[1\]: .*expected number/) });
  });

  it("rejects a payload missing a series", async () => {
    const { baseUrl } = await serve({ [luncChartPath]: { body: '{"prices":[],"market_caps":[]}' } });
    const provider = createCoingeckoProvider({ plan: "public", baseUrl, retry: instant });
    await expect(provider.fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-28")).rejects.toMatchObject({ kind: "malformed", message: expect.stringContaining("total_volumes:") });
  });

  it("fails a 401 at once without retrying and without the key in the error", async () => {
    const key = "CG-wrong-pro-key-000";
    const { baseUrl, requests } = await serve({ [luncChartPath]: { status: 401, body: readFixture("coingecko-error-401-key-missing.json") } });
    const provider = createCoingeckoProvider({ plan: "pro", apiKey: key, baseUrl, retry: instant });
    const error = await provider.fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-28").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "http", status: 401 });
    expect(String((error as Error).message)).toContain(`${baseUrl}${luncChartPath}?vs_currency=usd`);
    expect(JSON.stringify(error) + String(error)).not.toContain(key);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers["x-cg-pro-api-key"]).toBe(key);
  });

  it("waits out a 429 as Retry-After asks, then reads the chart", async () => {
    const sleeps: number[] = [];
    const { baseUrl } = await serve({
      [luncChartPath]: [{ status: 429, headers: { "retry-after": "2" }, body: readFixture("coingecko-error-429-rate-limit.json") }, { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") }],
    });
    const provider = createCoingeckoProvider({ plan: "public", baseUrl, retry: { ...instant, sleep: async (ms) => void sleeps.push(ms) } });
    await expect(provider.fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-28")).resolves.toHaveLength(9);
    expect(sleeps).toEqual([2_000]);
  });

  it("fetches a long history in chunks within the free plan's 365 days, and says which days it could not reach", async () => {
    const { baseUrl, requests } = await serve({ [luncChartPath]: { body: readFixture("coingecko-market-chart-lunc-2023-08-20-to-28-daily.json") } });
    const clock = () => new Date("2023-08-28T15:00:00Z");
    const provider = createCoingeckoProvider({ plan: "public", baseUrl, retry: instant, clock });
    const history = await provider.fetchPriceHistory("terra-luna", "2022-01-01", "2023-08-28");

    expect(history.notes).toEqual(["days before 2022-08-29 cannot be fetched on this plan (public: only the last 365 days)"]);
    const fromDays = requests.map((request) => new Date(Number(request.query.get("from")) * 1000).toISOString().slice(0, 10));
    expect(fromDays).toEqual(["2022-08-29", "2022-11-27", "2023-02-25", "2023-05-26", "2023-08-24"]);
    // The same recorded chart answers every chunk; each chunk keeps only its own days, so none is counted twice.
    expect(history.points.map((point) => point.day)).toEqual(["2023-08-20", "2023-08-21", "2023-08-22", "2023-08-23", "2023-08-24", "2023-08-25", "2023-08-26", "2023-08-27", "2023-08-28"]);
  });

  it("sends the key header each plan expects, and none on the public plan", async () => {
    const { baseUrl, requests } = await serve({ [luncChartPath]: { body: '{"prices":[],"market_caps":[],"total_volumes":[]}' } });
    await createCoingeckoProvider({ plan: "public", apiKey: "CG-ignored-key", baseUrl, retry: instant }).fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-20");
    await createCoingeckoProvider({ plan: "pro", apiKey: "CG-pro-key-456", baseUrl: `${baseUrl}/`, retry: instant }).fetchMarketChartRange("terra-luna", "2023-08-20", "2023-08-20");
    expect(requests[0]!.headers).not.toHaveProperty("x-cg-demo-api-key");
    expect(requests[0]!.headers).not.toHaveProperty("x-cg-pro-api-key");
    expect(requests[1]!.headers["x-cg-pro-api-key"]).toBe("CG-pro-key-456");
    expect(requests[1]!.path).toBe(luncChartPath);
  });

  it("defaults to the plan's CoinGecko host and refuses a keyless demo or pro plan", () => {
    expect(coingeckoDefaultBaseUrls).toEqual({ public: "https://api.coingecko.com/api/v3", demo: "https://api.coingecko.com/api/v3", pro: "https://pro-api.coingecko.com/api/v3" });
    expect(() => createCoingeckoProvider({ plan: "demo" })).toThrow(/needs an API key/);
    expect(() => createCoingeckoProvider({ plan: "pro" })).toThrow(/needs an API key/);
  });

  it("refuses a coin id that could leave the path", async () => {
    const provider = createCoingeckoProvider({ plan: "public", baseUrl: "http://127.0.0.1:9", retry: instant });
    await expect(provider.fetchMarketChartRange("../simple/price", "2023-08-20", "2023-08-28")).rejects.toThrow(/Not a CoinGecko coin id/);
  });
});
