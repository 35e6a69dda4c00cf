import "server-only";
import { systemClock, type Clock } from "@/lib/clock";
import { assertUtcDay, dayToEpochMs, toUtcDay } from "@/lib/days/utc-day";
import type { SnapshotPricePoint } from "@/lib/snapshot/snapshot-format";
import { fetchJsonWithRetry, type RetryPolicy } from "@/lib/ingest/http/fetch-with-retry";
import { parseProviderPayload } from "@/lib/ingest/http/parse-payload";
import { redactUrl } from "@/lib/ingest/http/redact-secrets";
import { planCoingeckoChunks, type CoingeckoPlan } from "./coingecko-chunks";
import { coingeckoMarketChartSchema, reshapeMarketChartToDailyPoints } from "./coingecko-market-chart";

export const coingeckoDefaultBaseUrls: Record<CoingeckoPlan, string> = {
  public: "https://api.coingecko.com/api/v3",
  demo: "https://api.coingecko.com/api/v3",
  pro: "https://pro-api.coingecko.com/api/v3",
};

const apiKeyHeaders: Record<Exclude<CoingeckoPlan, "public">, string> = { demo: "x-cg-demo-api-key", pro: "x-cg-pro-api-key" };

export type CoingeckoProviderOptions = {
  plan: CoingeckoPlan;
  /** Defaults to the plan's CoinGecko host; tests point it at a local server. */
  baseUrl?: string;
  /** Required on the demo and pro plans; sent as a header, never in the URL, so it stays out of logs. */
  apiKey?: string;
  retry?: RetryPolicy;
  /** Decides "today" for the plan's 365-day window. */
  clock?: Clock;
};

export type CoingeckoPriceHistory = { points: SnapshotPricePoint[]; notes: string[] };

export type CoingeckoProvider = {
  plan: CoingeckoPlan;
  /** One request; one point per UTC day in [fromDay, toDay] that CoinGecko has a price for. */
  fetchMarketChartRange(coinId: string, fromDay: string, toDay: string): Promise<SnapshotPricePoint[]>;
  /** Any span: split by planCoingeckoChunks, fetched oldest first; `notes` say which days the plan could not reach. */
  fetchPriceHistory(coinId: string, fromDay: string, toDay: string): Promise<CoingeckoPriceHistory>;
};

const coinIdPattern = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * The request covers fromDay 00:00 to an hour past toDay 00:00, so a point just after toDay's midnight can stand for
 * it. It starts at fromDay 00:00 sharp: a leading margin could cross the free plans' 365-day line.
 */
function buildRangeUrl(baseUrl: string, coinId: string, fromDay: string, toDay: string): string {
  const fromSeconds = dayToEpochMs(fromDay) / 1000;
  const toSeconds = dayToEpochMs(toDay) / 1000 + 3600;
  return `${baseUrl}/coins/${encodeURIComponent(coinId)}/market_chart/range?vs_currency=usd&from=${fromSeconds}&to=${toSeconds}`;
}

export function createCoingeckoProvider(options: CoingeckoProviderOptions): CoingeckoProvider {
  const { plan, apiKey, retry = {}, clock = systemClock } = options;
  const baseUrl = (options.baseUrl ?? coingeckoDefaultBaseUrls[plan]).replace(/\/+$/, "");
  const headers: Record<string, string> = {};
  if (plan !== "public") {
    if (!apiKey) throw new Error(`The CoinGecko ${plan} plan needs an API key`);
    headers[apiKeyHeaders[plan]] = apiKey;
  }

  async function fetchMarketChartRange(coinId: string, fromDay: string, toDay: string): Promise<SnapshotPricePoint[]> {
    if (!coinIdPattern.test(coinId)) throw new Error(`Not a CoinGecko coin id: "${coinId}"`);
    assertUtcDay(fromDay);
    assertUtcDay(toDay);
    if (fromDay > toDay) throw new Error(`The range starts (${fromDay}) after it ends (${toDay})`);
    const url = buildRangeUrl(baseUrl, coinId, fromDay, toDay);
    const payload = await fetchJsonWithRetry(url, { ...retry, headers });
    const chart = parseProviderPayload(coingeckoMarketChartSchema, payload, { what: `CoinGecko market chart of ${coinId}`, url: redactUrl(url) });
    return reshapeMarketChartToDailyPoints(chart, fromDay, toDay);
  }

  async function fetchPriceHistory(coinId: string, fromDay: string, toDay: string): Promise<CoingeckoPriceHistory> {
    const { chunks, notes } = planCoingeckoChunks(fromDay, toDay, plan, toUtcDay(clock()));
    const points: SnapshotPricePoint[] = [];
    // One chunk at a time: the free plans allow a few requests a minute, and parallel ones would only meet 429s.
    for (const chunk of chunks) points.push(...(await fetchMarketChartRange(coinId, chunk.from, chunk.to)));
    return { points, notes };
  }

  return { plan, fetchMarketChartRange, fetchPriceHistory };
}

