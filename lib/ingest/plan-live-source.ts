import "server-only";
import type { Clock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { toUtcDay } from "@/lib/days/utc-day";
import { tokenCatalog } from "@/lib/tokens/token-catalog";
import { planBatchesJob } from "./batches-ingest";
import { planCoingeckoJobs } from "./coingecko-ingest";
import type { IngestEnv } from "./ingest-env";
import { planLcdJobs } from "./lcd-ingest";
import type { SeriesJob } from "./live-ingest-run";
import { coingeckoDefaultBaseUrls, createCoingeckoProvider } from "./providers/coingecko";
import { createTerraLcdProvider } from "./providers/terra-lcd";
import { upsertTokens } from "./upsert-tokens";

export type LiveSourceName = "coingecko" | "lcd" | "batches";
export type LiveRequest = { source: LiveSourceName; token?: string; from?: string; to?: string };

/**
 * The series jobs one live source runs, from the environment (URLs, key, plan, timeouts) and the request (token,
 * span). Makes sure the token catalog is in the store first.
 */
export async function planLiveSource(db: Db, request: LiveRequest, env: IngestEnv, clock: Clock): Promise<{ jobs: SeriesJob[]; notes: string[] }> {
  const ids = await upsertTokens(db);
  const tokens = tokenCatalog.filter((token) => !request.token || token.symbol === request.token).map((token) => ({ ...token, id: ids.get(token.symbol)! }));
  const today = toUtcDay(clock());
  const retry = { timeoutMs: env.BURNWATCH_INGEST_TIMEOUT_MS, retries: env.BURNWATCH_INGEST_RETRIES };
  switch (request.source) {
    case "coingecko": {
      const baseUrl = env.COINGECKO_BASE_URL ?? coingeckoDefaultBaseUrls[env.coingeckoPlan];
      const provider = createCoingeckoProvider({ plan: env.coingeckoPlan, baseUrl, apiKey: env.COINGECKO_API_KEY, retry, clock });
      const jobs = await planCoingeckoJobs(db, { provider, plan: env.coingeckoPlan, planLimitsHistory: env.coingeckoPlanLimitsHistory, baseUrl, tokens, from: request.from, to: request.to, today });
      return { jobs, notes: [] };
    }
    case "lcd": {
      const provider = createTerraLcdProvider({ urls: env.TERRA_LCD_URLS, retry: { retries: Math.min(retry.retries, 1), timeoutMs: retry.timeoutMs } });
      const notes = request.from || request.to ? [`the LCD answers only the present: --from/--to are ignored and ${today} is recorded`] : [];
      return { jobs: planLcdJobs({ provider, urls: env.TERRA_LCD_URLS, tokens, today }), notes };
    }
    case "batches": {
      const notes = request.from || request.to ? ["the curated batch file is loaded whole: --from/--to are ignored"] : [];
      const lunc = tokens.find((token) => token.symbol === "LUNC");
      return { jobs: lunc ? [planBatchesJob(lunc.id)] : [], notes };
    }
  }
}
