import { isUtcDay } from "@/lib/days/utc-day";
import { priceRanges, rangeStartDay } from "./price-ranges";

export const chartMetrics = ["price", "market_cap", "volume", "supply"] as const;
export type ChartMetric = (typeof chartMetrics)[number];
export const chartMetricLabels: Record<ChartMetric, string> = { price: "Price", market_cap: "Market cap", volume: "Volume", supply: "Circulating supply" };

/** The page's token plus at most two others: three lines are as many as a reader can tell apart. */
export const maxComparedTokens = 2;

// Plain guards rather than zod: this module runs in the browser, and zod would add about 30 kB (gzipped) to the token page.
const isSymbol = (value: string) => /^[a-z0-9]{1,10}$/.test(value);
function oneOf<T extends string>(options: readonly T[], value: string | undefined, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}
const dayOrNull = (value: string | undefined) => (value !== undefined && isUtcDay(value) ? value : null);

export type ChartState = {
  metric: ChartMetric;
  range: (typeof priceRanges)[number] | "custom";
  scale: "log" | "linear" | null;
  from: string | null;
  to: string | null;
  compare: string[];
};

export const defaultChartState: ChartState = { metric: "price", range: "ALL", scale: null, from: null, to: null, compare: [] };

type SearchParamsLike = Record<string, string | string[] | undefined> | Pick<URLSearchParams, "get">;

function readParam(params: SearchParamsLike, name: string): string | undefined {
  if (typeof params.get === "function") return (params as Pick<URLSearchParams, "get">).get(name) ?? undefined;
  const value = (params as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The chart's state from the URL; anything unknown or malformed falls back to the default, never to an error. */
export function parseChartState(params: SearchParamsLike, ownSymbol: string, knownSymbols?: string[]): ChartState {
  const known = knownSymbols?.map((entry) => entry.toLowerCase());
  const from = dayOrNull(readParam(params, "from"));
  const to = dayOrNull(readParam(params, "to"));
  let range = oneOf([...priceRanges, "custom"] as const, readParam(params, "range")?.toUpperCase().replace("CUSTOM", "custom"), "ALL");
  if (range === "custom" && !from && !to) range = "ALL";
  const compare = [...new Set((readParam(params, "compare") ?? "").toLowerCase().split(",").filter((entry) => isSymbol(entry) && entry !== ownSymbol.toLowerCase() && (!known || known.includes(entry))))].slice(0, maxComparedTokens);
  return {
    metric: oneOf(chartMetrics, readParam(params, "metric"), "price"),
    range,
    scale: readParam(params, "scale") === "log" ? "log" : readParam(params, "scale") === "linear" ? "linear" : null,
    from: range === "custom" ? from : null,
    to: range === "custom" && to && (!from || from <= to) ? to : null,
    compare,
  };
}

/** The query string that reproduces a state, leaving defaults out so a plain link stays plain. */
export function serializeChartState(state: ChartState): string {
  const params = new URLSearchParams();
  if (state.metric !== "price") params.set("metric", state.metric);
  if (state.range !== "ALL") params.set("range", state.range);
  if (state.range === "custom" && state.from) params.set("from", state.from);
  if (state.range === "custom" && state.to) params.set("to", state.to);
  if (state.scale) params.set("scale", state.scale);
  if (state.compare.length > 0) params.set("compare", state.compare.join(","));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The days the state asks for, given the token's last stored day: null means open. */
export function resolveDayRange(state: ChartState, lastDay: string): { from: string | null; to: string | null } {
  if (state.range === "custom") return { from: state.from, to: state.to };
  return { from: rangeStartDay(state.range, lastDay), to: null };
}
