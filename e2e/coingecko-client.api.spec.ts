import Coingecko from "@coingecko/coingecko-typescript";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { createKeyWithCli } from "./support/operator-cli";

// Existing CoinGecko tools work against Burnwatch by changing one base URL: the official client, unchanged,
// reads our /api/coingecko/v3 routes with one of our keys, and gets the numbers /api/v1 gives.
test.describe("the official CoinGecko client against the CoinGecko-compatible routes", () => {
  let key: string;
  let client: Coingecko;
  test.beforeAll(() => {
    key = createKeyWithCli(["--client", "coingecko-client", "--scopes", "prices:read"]).key;
    client = new Coingecko({ proAPIKey: key, baseURL: `${baseURL}/api/coingecko/v3`, maxRetries: 0 });
  });

  const v1Prices = async (request: import("@playwright/test").APIRequestContext, query: string) => {
    const response = await request.get(`/api/v1/tokens/lunc/prices?${query}`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { data: { date: string; price_usd: number; market_cap_usd: number | null; volume_usd: number | null }[] }).data;
  };

  test("market_chart/range for LUNC through the May 2022 collapse equals /api/v1", async ({ request }) => {
    const chart = await client.coins.marketChart.getRange("terra-luna", { vs_currency: "usd", from: "2022-05-01", to: "2022-05-31" });
    const v1 = await v1Prices(request, "from=2022-05-01&to=2022-05-31");
    expect(chart.prices).toHaveLength(31);
    expect(chart.prices).toEqual(v1.map((row) => [Date.parse(`${row.date}T00:00:00Z`), row.price_usd]));
    expect(chart.total_volumes).toEqual(v1.filter((row) => row.volume_usd !== null).map((row) => [Date.parse(`${row.date}T00:00:00Z`), row.volume_usd]));
    expect(chart.market_caps).toEqual(v1.filter((row) => row.market_cap_usd !== null).map((row) => [Date.parse(`${row.date}T00:00:00Z`), row.market_cap_usd]));
  });

  test("market_chart with days counts back from the latest stored day, equal to /api/v1", async ({ request }) => {
    const chart = await client.coins.marketChart.get("terra-luna", { vs_currency: "usd", days: "30" });
    const v1 = await v1Prices(request, "from=2025-05-10");
    expect(chart.prices).toHaveLength(30);
    expect(chart.prices).toEqual(v1.map((row) => [Date.parse(`${row.date}T00:00:00Z`), row.price_usd]));
    const all = await client.coins.marketChart.get("terra-luna", { vs_currency: "usd", days: "max" });
    expect(all.prices).toHaveLength(1939);
  });

  test("simple/price gives the latest prices of /api/v1/tokens", async ({ request }) => {
    const prices = await client.simple.price.get({ ids: "terra-luna,bitcoin,not-a-coin", vs_currencies: "usd", include_market_cap: true, include_last_updated_at: true });
    const tokens = ((await (await request.get("/api/v1/tokens", { headers: { authorization: `Bearer ${key}` } })).json()) as { data: { coingecko_id: string; price_usd: number; price_as_of: string }[] }).data;
    const lunc = tokens.find((token) => token.coingecko_id === "terra-luna");
    const btc = tokens.find((token) => token.coingecko_id === "bitcoin");
    expect(prices["terra-luna"]?.usd).toBe(lunc?.price_usd);
    expect(prices["terra-luna"]?.last_updated_at).toBe(Date.parse(`${lunc?.price_as_of}T00:00:00Z`) / 1000);
    expect(prices.bitcoin?.usd).toBe(btc?.price_usd);
    expect(prices.bitcoin?.usd_market_cap).toBe(507835678906.77924);
    expect(prices["not-a-coin"]).toBeUndefined();
  });

  test("coins/list, coins/{id} and history answer in CoinGecko's shapes", async () => {
    const list = await client.coins.list.get();
    expect(list.map((coin) => coin.id)).toEqual(["terra-luna", "terrausd", "bitcoin", "ethereum", "shiba-inu"]);
    const history = await client.coins.history.get("terra-luna", { date: "2022-05-12" });
    expect(history.symbol).toBe("lunc");
    expect(history.market_data?.current_price?.usd).toBeGreaterThan(0);
  });

  test("our keys in CoinGecko's headers: a wrong key is refused, and an unknown coin is a 404", async ({ request }) => {
    const wrong = new Coingecko({ proAPIKey: `${key.slice(0, -1)}x`, baseURL: `${baseURL}/api/coingecko/v3`, maxRetries: 0 });
    await expect(wrong.ping.get()).rejects.toMatchObject({ status: 401 });
    const demo = await request.get("/api/coingecko/v3/ping", { headers: { "x-cg-demo-api-key": key } });
    expect(await demo.json()).toEqual({ gecko_says: "(V3) To the Moon!" });
    expect((await request.get("/api/coingecko/v3/coins/not-a-coin", { headers: { "x-cg-pro-api-key": key } })).status()).toBe(404);
    expect((await request.get("/api/coingecko/v3/coins/terra-luna/market_chart?vs_currency=eur&days=1", { headers: { "x-cg-pro-api-key": key } })).status()).toBe(400);
  });
});
