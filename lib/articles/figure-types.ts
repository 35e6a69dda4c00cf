import { z } from "zod";

/** A data source a figure or chart read, as the store records it. */
export const articleSourceSchema = z.object({ key: z.string(), name: z.string(), repository: z.string().nullable(), path: z.string().nullable(), commit: z.string().nullable() });
export type ArticleSource = z.infer<typeof articleSourceSchema>;

export const figureUnits = ["usd", "token", "percent", "years", "days", "count", "ratio", "seconds", "text"] as const;

/** One figure of an article after it was computed from the store at render time. */
export const resolvedFigureSchema = z.object({
  id: z.string(),
  name: z.string(),
  params: z.record(z.string(), z.string()),
  /** What the reader sees. */
  text: z.string(),
  /** The raw value (exact decimal string for token amounts), or null where the store has no data for it. */
  value: z.union([z.number(), z.string()]).nullable(),
  unit: z.enum(figureUnits),
  /** The UTC day the value is as of, where it is a market figure. */
  asOf: z.string().nullable(),
  /** The API request that answers the same figure, or null for figures that come from the code (constants). */
  query: z.string().nullable(),
  /** For a query that is a POST (a scenario run): the JSON body to send; null for a GET. */
  body: z.unknown().nullable(),
  /** How the value is computed from what the query answers. */
  method: z.string(),
  /** Why the value is missing, when it is. */
  missing: z.string().nullable(),
  sources: z.array(articleSourceSchema),
});
export type ResolvedFigure = z.infer<typeof resolvedFigureSchema>;

export const chartPointSchema = z.object({ day: z.string(), values: z.record(z.string(), z.number().nullable()) });
export type ChartPoint = z.infer<typeof chartPointSchema>;

/** One chart of an article: its series as data, and the API request each series comes from. */
export const resolvedChartSchema = z.object({
  id: z.string(),
  type: z.string(),
  params: z.record(z.string(), z.string()),
  title: z.string(),
  kind: z.enum(["line", "bar"]),
  scale: z.enum(["linear", "log"]),
  unit: z.enum(["usd", "token"]),
  series: z.array(z.object({ key: z.string(), label: z.string() })),
  points: z.array(chartPointSchema),
  queries: z.array(z.string()),
  missing: z.string().nullable(),
  sources: z.array(articleSourceSchema),
});
export type ResolvedChart = z.infer<typeof resolvedChartSchema>;
