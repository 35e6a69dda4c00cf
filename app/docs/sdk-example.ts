/** The SDK guide's example, kept as text so the page shows exactly what a reader copies. */
export const sdkExample = `import { readFile } from "node:fs/promises";
import { createBurnwatchClient } from "./lib/sdk/burnwatch-client";

const client = createBurnwatchClient({
  baseUrl: "http://localhost:3000",
  // Asked before each call, and again after a refused key: point it at wherever your deployment keeps the key.
  credentials: async () => JSON.parse(await readFile("/run/secrets/burnwatch.json", "utf8")),
});

const prices = await client.getTokenPrices({ path: { symbol: "lunc" }, query: { from: "2022-05-01", to: "2022-05-31", interval: "weekly" } });
console.log(prices.as_of, prices.data.map((row) => row.price_usd));

// Signed for you (the credentials need their signingSecret):
const successor = await client.rotateKey({ path: { keyId: "4Xq9Tz1LmN0pRs7a" }, body: { graceSeconds: 3600 } });
const csv = await client.downloadCsv("getTokenBurns", { path: { symbol: "lunc" }, query: { interval: "monthly" } });`;
