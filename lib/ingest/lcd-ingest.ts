import "server-only";
import type { Db } from "@/lib/db";
import { listStoredDays, type LivePoints } from "./live-tables";
import type { LiveSource, SeriesJob } from "./live-ingest-run";
import type { TerraDenom, TerraLcdProvider } from "./providers/terra-lcd";

export type LcdIngestOptions = {
  provider: TerraLcdProvider;
  urls: string[];
  /** The tokens with a chain denomination (LUNC: uluna, USTC: uusd). */
  tokens: { id: number; symbol: string; chainDenom: string | null }[];
  today: string;
};

export function describeLcdSource(urls: string[]): LiveSource {
  return {
    key: "terra-classic/lcd",
    name: "Terra Classic LCD (on-chain readings)",
    url: urls[0] ?? null,
    trust: "high",
    notes: `Read once a day, each a point in time: total supply from the bank module, the burn wallet's balance, the burn tax rate and split. LCDs tried in turn: ${urls.join(", ")}.`,
  };
}

/** The chain's readings besides supply, kept in ChainReading under these keys (series lunc.reading.<key>). */
export const lcdReadingKeys = ["burn-wallet", "burn-tax-rate", "burn-tax-split"] as const;
export type LcdReadingKey = (typeof lcdReadingKeys)[number];

async function readValue(provider: TerraLcdProvider, key: LcdReadingKey): Promise<{ value: string; notes: string[] }> {
  if (key === "burn-wallet") {
    const wallet = await provider.fetchBurnWalletBalance();
    return { value: wallet.amountWholeTokens, notes: [`${wallet.amountWholeTokens} LUNC awaiting the next sweep, from ${wallet.source}`] };
  }
  const taxes = await provider.fetchTaxParameters();
  if (key === "burn-tax-rate") return { value: taxes.burnTaxRate, notes: [`from ${taxes.sources.burnTaxRate}`] };
  return { value: taxes.burnTaxSplit, notes: [`${taxes.burnedShareOfTax} of the burn tax is burned; from ${taxes.sources.burnTaxSplit}`] };
}

function pointInTimeJob(series: string, tokenId: number, source: LiveSource, today: string, table: LivePoints["table"], key: string | undefined, fetch: () => Promise<LivePoints & { notes?: string[] }>): SeriesJob {
  return {
    series,
    tokenId,
    source,
    plan: async () => ({ notes: [], chunks: [{ label: today, fetch }] }),
    countGapsLeft: async (db: Db) => ((await listStoredDays(db, table, tokenId, today, today, key)).length === 1 ? 0 : 1),
  };
}

/**
 * Today's figures (the LCD answers only the present, so --from/--to do not apply): each chain token's total supply,
 * and for LUNC the burn wallet's balance and the burn tax rate and split. A later reading the same day replaces the
 * day's value, and the change is logged.
 */
export function planLcdJobs(options: LcdIngestOptions): SeriesJob[] {
  const source = describeLcdSource(options.urls);
  const { provider, today } = options;
  const jobs: SeriesJob[] = [];
  for (const token of options.tokens) {
    if (token.chainDenom !== "uluna" && token.chainDenom !== "uusd") continue;
    const denom: TerraDenom = token.chainDenom;
    jobs.push(
      pointInTimeJob(`${token.symbol.toLowerCase()}.supply`, token.id, source, today, "supply", undefined, async () => {
        const supply = await provider.fetchTotalSupply(denom);
        return { table: "supply", points: [{ day: today, total: supply.amountWholeTokens, circulating: null }], notes: [`from ${supply.source}`] };
      }),
    );
    if (denom !== "uluna") continue;
    for (const key of lcdReadingKeys) {
      jobs.push(
        pointInTimeJob(`lunc.reading.${key}`, token.id, source, today, "readings", key, async () => {
          const { value, notes } = await readValue(provider, key);
          return { table: "readings", key, points: [{ day: today, value }], notes };
        }),
      );
    }
  }
  return jobs;
}
