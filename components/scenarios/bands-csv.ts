import type { MonteCarloResult } from "@/lib/scenarios/run-monte-carlo";

const bandNames = ["p5", "p25", "p50", "p75", "p95"] as const;
const quantities = [
  ["supply", "supply"],
  ["cumulativeBurned", "cumulative_burned"],
  ["marketCapUsd", "market_cap_usd"],
  ["priceUsd", "price_usd"],
] as const;

/** The percentile bands as CSV: one row per reported day, five columns per quantity; an empty cell is no finite price. */
export function toBandsCsv(result: MonteCarloResult): string {
  const header = ["day", ...quantities.flatMap(([, column]) => bandNames.map((band) => `${column}_${band}`))].join(",");
  const rows = result.points.map((point) => [point.day, ...quantities.flatMap(([quantity]) => bandNames.map((band) => point[quantity][band] ?? ""))].join(","));
  return `# ${result.paths} paths, seed ${result.seed}\n${header}\n${rows.join("\n")}\n`;
}
