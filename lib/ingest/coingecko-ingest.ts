import "server-only";
import type { Db } from "@/lib/db";
import { addDays, findMissingRanges, countDays } from "@/lib/days/utc-day";
import { redactUrl } from "@/lib/ingest/http/redact-secrets";
import type { TokenDefinition } from "@/lib/tokens/token-catalog";
import { listStoredDays } from "./live-tables";
import type { LiveSource, SeriesJob } from "./live-ingest-run";
import { planMissingChunks } from "./plan-missing-chunks";
import { coingeckoChunkDays, coingeckoFreeHistoryDays, type CoingeckoPlan } from "./providers/coingecko-chunks";
import type { CoingeckoProvider } from "./providers/coingecko";

export type CoingeckoIngestOptions = {
  provider: Pick<CoingeckoProvider, "fetchMarketChartRange">;
  plan: CoingeckoPlan;
  /** False for a stand-in or mirror: every day may be asked for. */
  planLimitsHistory: boolean;
  baseUrl: string;
  tokens: (TokenDefinition & { id: number })[];
  from?: string;
  to?: string;
  today: string;
};

export function describeCoingeckoSource(baseUrl: string): LiveSource {
  return {
    key: "coingecko/api-v3",
    name: "CoinGecko API v3 (market_chart/range)",
    url: redactUrl(baseUrl),
    trust: "high",
    notes: "Live: the point nearest 00:00 UTC of each day from /coins/{id}/market_chart/range; a market cap of 0 is stored as null.",
  };
}

/** The days one token's request may cover, with a note for every day left out and why. */
export function clampCoingeckoSpan(from: string, to: string, today: string, plan: CoingeckoPlan, planLimitsHistory: boolean): { from: string; to: string; notes: string[] } {
  const notes: string[] = [];
  let start = from;
  let end = to;
  if (end > today) {
    notes.push(`days after ${today} are in the future and were not requested`);
    end = today;
  }
  const earliest = planLimitsHistory && plan !== "pro" ? addDays(today, -(coingeckoFreeHistoryDays - 1)) : null;
  if (earliest !== null && start < earliest) {
    notes.push(`days before ${earliest} cannot be fetched on this plan (${plan}: only the last ${coingeckoFreeHistoryDays} days)`);
    start = earliest;
  }
  return { from: start, to: end, notes };
}

/**
 * One job per token: its price series from CoinGecko. Without --from it starts at the token's first stored day (or a
 * year back on an empty store) and without --to it ends today; only days the store lacks are asked for.
 */
export async function planCoingeckoJobs(db: Db, options: CoingeckoIngestOptions): Promise<SeriesJob[]> {
  const source = describeCoingeckoSource(options.baseUrl);
  const jobs: SeriesJob[] = [];
  for (const token of options.tokens) {
    const first = await db.pricePoint.findFirst({ where: { tokenId: token.id }, orderBy: { day: "asc" }, select: { day: true } });
    const from = options.from ?? first?.day ?? addDays(options.today, -(coingeckoFreeHistoryDays - 1));
    const to = options.to ?? options.today;
    if (from > to) throw new Error(`The range starts (${from}) after it ends (${to})`);
    const gapEnd = to < options.today ? to : options.today;
    jobs.push({
      series: `${token.symbol.toLowerCase()}.prices`,
      tokenId: token.id,
      source,
      plan: async (store) => {
        const span = clampCoingeckoSpan(from, to, options.today, options.plan, options.planLimitsHistory);
        if (span.from > span.to) return { chunks: [], notes: span.notes };
        const stored = await listStoredDays(store, "prices", token.id, span.from, span.to);
        const { chunks } = planMissingChunks(stored, span.from, span.to, coingeckoChunkDays);
        return {
          notes: span.notes,
          chunks: chunks.map((chunk) => ({
            label: `${chunk.from} → ${chunk.to}`,
            fetch: async () => ({ table: "prices" as const, points: await options.provider.fetchMarketChartRange(token.coingeckoId, chunk.from, chunk.to) }),
          })),
        };
      },
      countGapsLeft: async (store) => (from > gapEnd ? 0 : countDays(findMissingRanges(await listStoredDays(store, "prices", token.id, from, gapEnd), from, gapEnd))),
    });
  }
  return jobs;
}
