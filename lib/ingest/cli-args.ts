import { parseArgs } from "node:util";
import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";
import { tokenCatalog } from "@/lib/tokens/token-catalog";

export const ingestSources = ["coingecko", "lcd", "batches", "snapshot"] as const;
export type IngestSource = (typeof ingestSources)[number];

const daySchema = z.string().refine(isUtcDay, "must be a UTC day YYYY-MM-DD");

const argsSchema = z
  .object({
    source: z.enum(ingestSources, { error: `--source must be one of ${ingestSources.join(", ")}` }),
    token: z
      .string()
      .transform((text) => text.toUpperCase())
      .refine((symbol) => tokenCatalog.some((token) => token.symbol === symbol), { error: `--token must be one of ${tokenCatalog.map((token) => token.symbol.toLowerCase()).join(", ")}` })
      .optional(),
    from: daySchema.optional(),
    to: daySchema.optional(),
    dryRun: z.boolean().default(false),
  })
  .refine((args) => !args.from || !args.to || args.from <= args.to, { error: "--from must not be after --to" });

export type IngestArgs = z.infer<typeof argsSchema>;

export const ingestUsage = "Usage: npm run ingest -- --source coingecko|lcd|batches|snapshot [--token lunc] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--dry-run]";

/** Reads the importer's arguments; throws an Error with a one-line reason for anything it cannot use. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: { source: { type: "string" }, token: { type: "string" }, from: { type: "string" }, to: { type: "string" }, "dry-run": { type: "boolean" } },
      strict: true,
    }).values;
  } catch (error) {
    throw new Error((error as Error).message);
  }
  if (values.source === undefined) throw new Error("Missing --source.");
  const parsed = argsSchema.safeParse({ source: values.source, token: values.token, from: values.from, to: values.to, dryRun: values["dry-run"] ?? false });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => (issue.path.length > 0 && !issue.message.startsWith("--") ? `--${String(issue.path[0])} ${issue.message}` : issue.message)).join("; "));
  return parsed.data;
}
