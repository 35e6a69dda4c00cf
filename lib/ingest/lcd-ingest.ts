import "server-only";
import type { Db } from "@/lib/db";
import { listStoredDays } from "./live-tables";
import type { LiveSource, SeriesJob } from "./live-ingest-run";
import type { TerraDenom, TerraLcdProvider } from "./providers/terra-lcd";
import { terraBurnAddress } from "./providers/terra-lcd";

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
    name: "Terra Classic LCD (bank module total supply)",
    url: urls[0] ?? null,
    trust: "high",
    notes: `On-chain total supply from /cosmos/bank/v1beta1/supply, read once a day (a point in time); LCDs tried in turn: ${urls.join(", ")}.`,
  };
}

/** The burn wallet and the tax parameters, read beside LUNC's supply and kept as notes on the run. */
async function describeBurnMechanics(provider: TerraLcdProvider): Promise<string[]> {
  const notes: string[] = [];
  try {
    const wallet = await provider.fetchBurnWalletBalance();
    notes.push(`burn wallet ${terraBurnAddress} holds ${wallet.amountWholeTokens} LUNC awaiting the next sweep (${wallet.source})`);
  } catch (error) {
    notes.push(`burn wallet balance unavailable: ${(error as Error).message}`);
  }
  try {
    const taxes = await provider.fetchTaxParameters();
    notes.push(`burn tax rate ${taxes.burnTaxRate}, burn_tax_split ${taxes.burnTaxSplit}: ${taxes.burnedShareOfTax} of the tax is burned (${taxes.sources.burnTaxRate}; ${taxes.sources.burnTaxSplit})`);
  } catch (error) {
    notes.push(`tax parameters unavailable: ${(error as Error).message}`);
  }
  return notes;
}

/** One job per chain token: today's total supply (the LCD answers only the present, so --from/--to do not apply). */
export function planLcdJobs(options: LcdIngestOptions): SeriesJob[] {
  const source = describeLcdSource(options.urls);
  return options.tokens
    .filter((token): token is typeof token & { chainDenom: TerraDenom } => token.chainDenom === "uluna" || token.chainDenom === "uusd")
    .map((token) => ({
      series: `${token.symbol.toLowerCase()}.supply`,
      tokenId: token.id,
      source,
      plan: async () => ({
        notes: [],
        chunks: [
          {
            label: options.today,
            fetch: async () => {
              const supply = await options.provider.fetchTotalSupply(token.chainDenom);
              const notes = token.chainDenom === "uluna" ? await describeBurnMechanics(options.provider) : [];
              return { table: "supply" as const, points: [{ day: options.today, total: supply.amountWholeTokens, circulating: null }], notes };
            },
          },
        ],
      }),
      countGapsLeft: async (db: Db) => ((await listStoredDays(db, "supply", token.id, options.today, options.today)).length === 1 ? 0 : 1),
    }));
}
