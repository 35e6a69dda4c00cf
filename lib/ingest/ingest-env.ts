import { z } from "zod";
import type { CoingeckoPlan } from "./providers/coingecko-chunks";

/** Public Terra Classic LCD gateways, tried in turn when TERRA_LCD_URLS is not set. */
export const defaultTerraLcdUrls = ["https://terra-classic-lcd.publicnode.com", "https://lcd.terra-classic.hexxagon.io"];

const durationSchema = z
  .string()
  .trim()
  .regex(/^\d+(ms|s|m|h)?$/, "must be a duration such as 90s, 15m or 6h")
  .transform((text) => {
    const [, amount, unit] = /^(\d+)(ms|s|m|h)?$/.exec(text)!;
    const factor = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(unit ?? "s") as "ms" | "s" | "m" | "h"];
    return Number(amount) * factor;
  })
  .refine((ms) => ms >= 1_000, "must be at least one second");

const ingestEnvSchema = z.object({
  COINGECKO_BASE_URL: z.string().url().optional(),
  COINGECKO_API_KEY: z.string().trim().min(1).optional(),
  /** public (no key), demo or pro; by default demo with a key, pro for pro-api.coingecko.com, public without a key. */
  COINGECKO_PLAN: z.enum(["public", "demo", "pro"]).optional(),
  TERRA_LCD_URLS: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(",").map((url) => url.trim()).filter(Boolean) : defaultTerraLcdUrls))
    .pipe(z.array(z.string().url()).min(1)),
  /** Per request, reading the body included. */
  BURNWATCH_INGEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  BURNWATCH_INGEST_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** Set: the app server refreshes the live sources on this interval (opt-in; `npm run ingest:watch` takes it too). */
  BURNWATCH_INGEST_INTERVAL: durationSchema.optional(),
  BURNWATCH_INGEST_SOURCES: z
    .string()
    .default("coingecko,lcd")
    .transform((text) => text.split(",").map((name) => name.trim()).filter(Boolean))
    .pipe(z.array(z.enum(["coingecko", "lcd", "batches"])).min(1)),
});

export type IngestEnv = z.infer<typeof ingestEnvSchema> & {
  coingeckoPlan: CoingeckoPlan;
  /** False for a CoinGecko-compatible host other than CoinGecko's (a stand-in, a mirror): no 365-day window there. */
  coingeckoPlanLimitsHistory: boolean;
};

export function isCoingeckoHost(baseUrl: string | undefined): boolean {
  if (!baseUrl) return true;
  const host = new URL(baseUrl).hostname;
  return host === "coingecko.com" || host.endsWith(".coingecko.com");
}

export function readIngestEnv(source: Record<string, string | undefined> = process.env): IngestEnv {
  const parsed = ingestEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const env = parsed.data;
  const proHost = env.COINGECKO_BASE_URL ? new URL(env.COINGECKO_BASE_URL).hostname === "pro-api.coingecko.com" : false;
  const coingeckoPlan: CoingeckoPlan = env.COINGECKO_PLAN ?? (env.COINGECKO_API_KEY ? (proHost ? "pro" : "demo") : "public");
  if (coingeckoPlan !== "public" && !env.COINGECKO_API_KEY) throw new Error(`Invalid environment: COINGECKO_PLAN=${coingeckoPlan} needs COINGECKO_API_KEY`);
  return { ...env, coingeckoPlan, coingeckoPlanLimitsHistory: isCoingeckoHost(env.COINGECKO_BASE_URL) };
}

/** 90_000 → "90 s", 900_000 → "15 min", 21_600_000 → "6 h": how an interval reads in a log line. */
export function describeInterval(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}
