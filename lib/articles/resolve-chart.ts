import "server-only";
import { z } from "zod";
import { burnKindLabels, burnKindSchema, type BurnKind } from "@/lib/burns/burn-kinds";
import { decimalStringToNumber } from "@/lib/numbers/decimal";
import { resampleBurns } from "@/lib/series/resample";
import { buildApiQuery } from "./api-query";
import { directiveId, type Directive } from "./directive";
import type { FigureReader } from "./figure-reads";
import { distinctRowSources } from "./figure-result";
import { dayParamSchema } from "./figure-params";
import type { ChartPoint, ResolvedChart } from "./figure-types";

const chartParams = z.object({
  type: z.enum(["price", "market-cap", "supply", "burns", "burned-to-date"]),
  from: dayParamSchema.optional(),
  to: dayParamSchema.optional(),
  scale: z.enum(["linear", "log"]).default("linear"),
  kinds: z
    .string()
    .default("total")
    .transform((text) => text.split(",").map((kind) => burnKindSchema.parse(kind))),
  interval: z.enum(["weekly", "monthly"]).default("monthly"),
  title: z.string().optional(),
});
type ChartParams = z.infer<typeof chartParams>;

const inRange = (day: string, params: ChartParams) => (!params.from || day >= params.from) && (!params.to || day <= params.to);
const rangeText = (params: ChartParams) => `${params.from ?? "first day"} to ${params.to ?? "latest"}`;

async function buildPriceChart(params: ChartParams, reader: FigureReader, field: "price" | "marketCap") {
  const rows = await reader.prices(params.from, params.to);
  const points: ChartPoint[] = rows.map((row) => ({ day: row.day, values: { value: field === "price" ? row.priceUsd : row.marketCapUsd } }));
  const label = field === "price" ? "Price (USD)" : "Market cap (USD)";
  return { title: `${reader.symbol} ${field === "price" ? "price" : "market cap"}, ${rangeText(params)}`, kind: "line" as const, unit: "usd" as const, series: [{ key: "value", label }], points, queries: [buildApiQuery("prices", { from: params.from, to: params.to })], sources: distinctRowSources(rows), empty: rows.length === 0 };
}

async function buildSupplyChart(params: ChartParams, reader: FigureReader) {
  const rows = (await reader.supply()).filter((row) => inRange(row.day, params));
  const points = rows.map((row) => ({ day: row.day, values: { circulating: row.circulating === null ? null : decimalStringToNumber(row.circulating), total: row.total === null ? null : decimalStringToNumber(row.total) } }));
  const series = [{ key: "circulating", label: "Circulating supply" }, ...(rows.some((row) => row.total !== null) ? [{ key: "total", label: "Total supply" }] : [])];
  return { title: `${reader.symbol} supply, ${rangeText(params)}`, kind: "line" as const, unit: "token" as const, series, points, queries: [buildApiQuery("supply", { from: params.from, to: params.to })], sources: distinctRowSources(rows), empty: rows.length === 0 };
}

async function buildBurnsChart(params: ChartParams, reader: FigureReader, cumulative: boolean) {
  const byDay = new Map<string, Record<string, number | null>>();
  const allRows = [];
  for (const kind of params.kinds) {
    const rows = (await reader.burns(kind)).filter((row) => inRange(row.day, params));
    allRows.push(...rows);
    for (const bucket of resampleBurns(rows, params.interval)) {
      const values = byDay.get(bucket.periodStart) ?? {};
      values[kind] = decimalStringToNumber(cumulative ? bucket.runningTotal : bucket.amount);
      byDay.set(bucket.periodStart, values);
    }
  }
  const points = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, values]) => ({ day, values: Object.fromEntries(params.kinds.map((kind) => [kind, values[kind] ?? null])) }));
  const label = (kind: BurnKind) => burnKindLabels[kind];
  const what = cumulative ? "burned to date" : `burned per ${params.interval === "monthly" ? "month" : "week"}`;
  return {
    title: `${reader.symbol} ${what}, ${rangeText(params)}`,
    kind: cumulative ? ("line" as const) : ("bar" as const),
    unit: "token" as const,
    series: params.kinds.map((kind) => ({ key: kind, label: label(kind) })),
    points,
    queries: params.kinds.map((kind) => buildApiQuery("burns", { kind, interval: params.interval, from: params.from, to: params.to })),
    sources: distinctRowSources(allRows),
    empty: allRows.length === 0,
  };
}

/** A chart's data, read through the same queries as the API request it links to. */
export async function resolveChart(directive: Directive, reader: FigureReader): Promise<ResolvedChart> {
  const parsed = chartParams.safeParse(directive.params);
  if (!parsed.success) throw new Error(`Bad parameters in ${directive.raw}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
  const params = parsed.data;
  const built =
    params.type === "price" || params.type === "market-cap"
      ? await buildPriceChart(params, reader, params.type === "price" ? "price" : "marketCap")
      : params.type === "supply"
        ? await buildSupplyChart(params, reader)
        : await buildBurnsChart(params, reader, params.type === "burned-to-date");
  const { empty, ...chart } = built;
  return { id: directiveId(directive), type: params.type, params: directive.params, scale: params.scale, ...chart, title: params.title ?? chart.title, missing: empty ? "The store has no data for this chart's range." : null };
}
