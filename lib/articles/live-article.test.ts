import { describe, expect, it } from "vitest";
import { useSnapshotAppStore } from "@/lib/testing/snapshot-app-store";
import { addDecimalStrings } from "@/lib/numbers/decimal";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { solveYearsToPrice } from "@/lib/scenarios/solve-years-to-price";
import { listArticleSummaries, loadArticle, type RenderedArticle } from "./load-article";

const LUNC_ARTICLE = "will-luna-classic-reach-1-dollar";
const figureOf = (article: RenderedArticle | null, id: string) => {
  const figure = article?.figures.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`No figure ${id}`);
  return figure;
};

describe("articles rendered from a real store", () => {
  const snapshotStore = useSnapshotAppStore();

  it("every article renders; every figure and chart is computed, none is missing but those the store lacks", async () => {
    const summaries = listArticleSummaries();
    expect(summaries.length).toBeGreaterThanOrEqual(5);
    for (const summary of summaries) {
      const article = await loadArticle(summary.slug);
      expect(article, summary.slug).not.toBeNull();
      const missing = (article?.figures ?? []).filter((figure) => figure.missing).map((figure) => figure.name + JSON.stringify(figure.params));
      // The snapshot has no separate tax or burn-wallet series: the articles say so rather than show a number.
      expect(missing.every((text) => /"kind":"(tax|wallet_transfer)"/.test(text)), `${summary.slug}: ${missing.join(", ")}`).toBe(true);
      expect(article?.charts.every((chart) => chart.missing === null && chart.points.length > 0)).toBe(true);
    }
  });

  it("the $1 article has at least ten live figures and three live charts, each linked to its API query", async () => {
    const article = await loadArticle(LUNC_ARTICLE);
    const live = (article?.figures ?? []).filter((figure) => figure.missing === null && figure.query?.startsWith("/api/v1/tokens/lunc/"));
    expect(live.length).toBeGreaterThanOrEqual(10);
    expect(article?.charts.length).toBeGreaterThanOrEqual(3);
    expect(article?.charts.every((chart) => chart.queries.every((query) => query.startsWith("/api/v1/tokens/lunc/")))).toBe(true);
    expect(figureOf(article, "price_day-2022-05-01")).toMatchObject({ value: 78.7026266919374, query: "/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-01" });
    expect(figureOf(article, "supply_day-2022-05-14_field-circulating")).toMatchObject({ value: "6530992754902", text: "6.531 trillion LUNC" });
    expect(article?.sources.map((source) => source.key)).toContain("lunc/burn-history");
    // The scenario figure carries the body that reproduces it through POST /api/v1/scenarios.
    const scenario = figureOf(article, "years-to-price_price-1_window-365");
    expect(scenarioInputSchema.safeParse(scenario.body).success).toBe(true);
    const reached = solveYearsToPrice(scenarioInputSchema.parse(scenario.body), 1);
    expect(reached?.years ?? null).toBe(scenario.value);
  });

  it("a newer data point in the store changes the article's figures on the next render", async () => {
    const before = await loadArticle(LUNC_ARTICLE);
    const lunc = await snapshotStore().db.token.findUniqueOrThrow({ where: { symbol: "LUNC" } });
    const priceSource = await snapshotStore().db.source.findFirstOrThrow({ where: { prices: { some: { tokenId: lunc.id } } } });
    const supplySource = await snapshotStore().db.source.findUniqueOrThrow({ where: { key: "lunc/published-points" } });
    const burnSource = await snapshotStore().db.source.findUniqueOrThrow({ where: { key: "lunc/burn-history" } });
    const lastBurn = await snapshotStore().db.burn.findFirstOrThrow({ where: { tokenId: lunc.id, kind: "total" }, orderBy: { day: "desc" } });

    await snapshotStore().db.pricePoint.create({ data: { tokenId: lunc.id, day: "2026-12-01", priceUsd: 0.0001234, marketCapUsd: 700_000_000, sourceId: priceSource.id } });
    await snapshotStore().db.supplyPoint.create({ data: { tokenId: lunc.id, day: "2026-12-01", total: "6500000000000", circulating: "5400000000000", sourceId: supplySource.id } });
    await snapshotStore().db.burn.create({ data: { tokenId: lunc.id, kind: "total", day: "2026-12-01", periodDays: 1, amount: "1000000000", runningTotal: addDecimalStrings(lastBurn.runningTotal, "1000000000"), sourceId: burnSource.id } });

    const after = await loadArticle(LUNC_ARTICLE);
    expect(figureOf(before, "price-latest").asOf).toBe("2025-06-08");
    expect(figureOf(after, "price-latest")).toMatchObject({ value: 0.0001234, asOf: "2026-12-01", query: "/api/v1/tokens/lunc/prices?from=2026-12-01&to=2026-12-01" });
    expect(figureOf(after, "market-cap-latest")).toMatchObject({ value: 700_000_000, asOf: "2026-12-01" });
    expect(figureOf(after, "supply-latest_field-total")).toMatchObject({ value: "6500000000000", text: "6.5 trillion LUNC", asOf: "2026-12-01" });
    expect(figureOf(after, "market-cap-at-price_field-total_price-1").value).toBe(6.5e12);
    expect(figureOf(after, "burned-to-date_kind-total").value).toBe(addDecimalStrings(lastBurn.runningTotal, "1000000000"));
    expect(figureOf(after, "supply-at-price_price-1").value).not.toBe(figureOf(before, "supply-at-price_price-1").value);
    const html = (article: RenderedArticle | null) => (article?.segments ?? []).map((segment) => (segment.type === "html" ? segment.html : "")).join("");
    expect(html(before)).not.toContain("$0.0001234");
    expect(html(after)).toContain("$0.0001234");
  });
});
