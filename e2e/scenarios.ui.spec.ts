import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { computeBurnRate } from "../lib/scenarios/presets-math";
import { createKeyWithCli } from "./support/operator-cli";

// The server and these tests share the throwaway store (see playwright.config.ts), so expected values come from it.
function openStore() {
  const file = (process.env.BURNWATCH_E2E_DATABASE_URL ?? "").replace(/^file:/, "");
  return new Database(file, { readonly: true, fileMustExist: true });
}

function readStoreFigures() {
  const db = openStore();
  try {
    const token = db.prepare("SELECT id FROM Token WHERE symbol = 'LUNC'").get() as { id: number };
    const supply = db.prepare("SELECT day, total FROM SupplyPoint WHERE tokenId = ? AND total IS NOT NULL ORDER BY day DESC LIMIT 1").get(token.id) as { day: string; total: string };
    const rows = db.prepare("SELECT day, periodDays, amount FROM Burn WHERE tokenId = ? AND kind = 'total' ORDER BY day").all(token.id) as { day: string; periodDays: number; amount: string }[];
    const rate30 = computeBurnRate(rows.map((row) => ({ day: row.day, periodDays: row.periodDays, amount: Number(row.amount) })), 30);
    return { supply: Number(supply.total), supplyDay: supply.day, rate30: Math.round(rate30!.perDay!) };
  } finally {
    db.close();
  }
}

async function markWindow(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { scenarioMarker?: string }).scenarioMarker = "still here";
  });
}

async function readMarker(page: Page) {
  return page.evaluate(() => (window as unknown as { scenarioMarker?: string }).scenarioMarker ?? null);
}

test.describe("the scenario simulator", () => {
  test("renders with the store's supply, a summary and both charts", async ({ page }) => {
    const store = readStoreFigures();
    await page.goto("/scenarios");
    await expect(page.getByRole("heading", { level: 1, name: "Burn-rate scenarios" })).toBeVisible();
    await expect(page.getByTestId("input-supply")).toHaveValue(String(store.supply));
    await expect(page.getByTestId("store-supply")).toHaveAttribute("data-value", String(store.supply));
    await expect(page.getByTestId("store-supply")).toHaveAttribute("data-as-of", store.supplyDay);
    await expect(page.getByTestId("scenario-summary")).toContainText("LUNC");
    await expect(page.getByTestId("supply-chart").locator(".recharts-line-curve")).toBeVisible();
    await expect(page.getByTestId("price-chart").locator(".recharts-line-curve")).toBeVisible();
    await expect(page.getByTestId("price-chart")).toHaveAttribute("data-scale", "log");
    await expect(page.getByTestId("scenario-disclaimer")).toContainText("not investment advice");
    await expect(page.getByLabel("Fixed daily burn (LUNC a day)", { exact: true })).toBeVisible();
  });

  test("a new daily burn updates the summary and the URL without a reload, and a reload restores it", async ({ page }) => {
    await page.goto("/scenarios");
    const summary = page.getByTestId("scenario-summary");
    await expect(summary).toBeVisible();
    const before = (await summary.textContent()) ?? "";
    await markWindow(page);
    await page.getByTestId("input-daily-burn").fill("5000000000");
    await page.getByTestId("input-years").fill("20");
    await expect(summary).not.toHaveText(before);
    await expect(summary).toContainText("5.00 billion");
    await expect(page).toHaveURL(/[?&]burn=5000000000(&|$)/);
    await expect(page).toHaveURL(/[?&]years=20(&|$)/);
    expect(await readMarker(page)).toBe("still here");
    await expect(summary).toHaveAttribute("data-monte-carlo", "ready");
    const updated = (await summary.textContent()) ?? "";

    await page.reload();
    expect(await readMarker(page)).toBeNull();
    await expect(page.getByTestId("input-daily-burn")).toHaveValue("5000000000");
    await expect(page.getByTestId("input-years")).toHaveValue("20");
    await expect(summary).toHaveAttribute("data-monte-carlo", "ready");
    await expect(summary).toHaveText(updated);
  });

  test("the market cap $1 needs today is the supply times one", async ({ page }) => {
    const store = readStoreFigures();
    await page.goto("/scenarios");
    const needed = page.getByTestId("needed-market-cap");
    await expect(needed).toHaveAttribute("data-target", "1");
    expect(Number(await needed.getAttribute("data-supply"))).toBe(store.supply);
    expect(Number(await needed.getAttribute("data-value"))).toBe(Number(await needed.getAttribute("data-supply")) * 1);
    // The supply typed in is the one used.
    await page.getByTestId("input-supply").fill("1000000000000");
    await expect(needed).toHaveAttribute("data-value", "1000000000000");
    await expect(page.getByTestId("needed-daily-burn")).toHaveAttribute("data-status", /burnNeeded|alreadyThere/);
  });

  test("a preset button fills the daily burn from the store", async ({ page }) => {
    const store = readStoreFigures();
    await page.goto("/scenarios");
    const burn = page.getByTestId("input-daily-burn");
    await burn.fill("12345");
    await expect(burn).toHaveValue("12345");
    await page.getByTestId("preset-30d").click();
    await expect(burn).toHaveValue(String(store.rate30));
    await expect(page.getByTestId("preset-30d")).toHaveAttribute("data-value", String(store.rate30));
    await expect(page).toHaveURL(new RegExp(`[?&]burn=${store.rate30}(&|$)`));
  });

  test("exports the supply path and the percentile bands as CSV", async ({ page }) => {
    await page.goto("/scenarios");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toBe("lunc-scenario-supply.csv");
    await expect(page.getByTestId("scenario-summary")).toHaveAttribute("data-monte-carlo", "ready");
    const [bands] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-bands-csv").click()]);
    expect(bands.suggestedFilename()).toBe("lunc-scenario-bands.csv");
    const lines = readFileSync((await bands.path())!, "utf8").trim().split("\n");
    expect(lines[0]).toMatch(/^# 500 paths, seed 1$/);
    expect(lines[1]).toMatch(/^day,supply_p5,supply_p25,supply_p50,supply_p75,supply_p95,/);
    expect(lines.length).toBeGreaterThan(100);
  });

  test("usable at 375 px, without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/scenarios");
    await expect(page.getByTestId("scenario-summary")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId("preset-90d").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("input-daily-burn")).toHaveValue(String(await page.getByTestId("preset-90d").getAttribute("data-value")));
  });
});

test.describe("moving sliders, sharing links, comparing scenarios", () => {
  test("moving a slider redraws the charts in place, without loading a page", async ({ page }) => {
    await page.goto("/scenarios");
    const supplyLine = page.getByTestId("supply-chart").locator(".recharts-line-curve");
    const priceLine = page.getByTestId("price-chart").locator(".recharts-line-curve");
    await expect(supplyLine).toBeVisible();
    await expect(page.getByTestId("scenario-summary")).toHaveAttribute("data-monte-carlo", "ready");
    const before = { supply: await supplyLine.getAttribute("d"), price: await priceLine.getAttribute("d"), end: await page.getByTestId("scenario-summary").getAttribute("data-end-supply") };
    await markWindow(page);
    const navigations = await page.evaluate(() => performance.getEntriesByType("navigation").length);
    // A slider at the far right of its log scale: 1e11 tokens a day.
    await page.getByTestId("input-daily-burn-slider").fill("11");
    await expect(page.getByTestId("input-daily-burn")).toHaveValue("100000000000");
    await expect(supplyLine).not.toHaveAttribute("d", before.supply ?? "");
    await expect(priceLine).not.toHaveAttribute("d", before.price ?? "");
    await expect(page.getByTestId("scenario-summary")).not.toHaveAttribute("data-end-supply", before.end ?? "");
    await expect(page.getByTestId("scenario-summary")).toHaveAttribute("data-monte-carlo", "ready");
    await expect(page).toHaveURL(/[?&]burn=100000000000(&|$)/);
    expect(await readMarker(page)).toBe("still here");
    expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(navigations);
  });

  test("a shared link reproduces the same scenarios, bands and summary in a fresh browser", async ({ page, browser }) => {
    await page.goto("/scenarios");
    await page.getByTestId("duplicate-scenario").click();
    await page.getByTestId("input-proportional").fill("2.5");
    await page.getByTestId("input-mc-seed").fill("777");
    await page.getByTestId("input-mc-paths").fill("300");
    const summary = page.getByTestId("scenario-summary");
    await expect(page).toHaveURL(/[?&]seed=777(&|$)/);
    await expect(page).toHaveURL(/[?&]paths=300(&|$)/);
    await expect(page).toHaveURL(/[?&]s2_prop=2\.5(&|$)/);
    await expect(summary).toHaveAttribute("data-monte-carlo", "ready");
    await expect(page.getByTestId("fan-charts")).toHaveAttribute("data-seed", "777");
    const shared = page.url();
    const expected = {
      summary: await summary.locator("p").allTextContents(),
      input: await summary.getAttribute("data-engine-input"),
      bands: await page.getByTestId("fan-charts").getAttribute("data-last-bands"),
      table: await page.getByTestId("scenario-comparison").textContent(),
    };
    expect(expected.summary.some((sentence) => sentence.startsWith("Across 300 simulated paths"))).toBe(true);

    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(shared);
      const otherSummary = other.getByTestId("scenario-summary");
      await expect(otherSummary).toHaveAttribute("data-monte-carlo", "ready");
      await expect(other.getByTestId("scenario-tab-2")).toHaveAttribute("aria-selected", "true");
      expect(await otherSummary.locator("p").allTextContents()).toEqual(expected.summary);
      expect(await otherSummary.getAttribute("data-engine-input")).toBe(expected.input);
      expect(await other.getByTestId("fan-charts").getAttribute("data-last-bands")).toBe(expected.bands);
      expect(await other.getByTestId("scenario-comparison").textContent()).toBe(expected.table);
    } finally {
      await context.close();
    }
  });

  test("four scenarios side by side: on both charts and in the table, and no fifth", async ({ page }) => {
    await page.goto("/scenarios");
    await expect(page.getByTestId("scenario-summary")).toBeVisible();
    await page.getByTestId("duplicate-scenario").click();
    await page.getByTestId("input-daily-burn").fill("3000000000");
    await page.getByTestId("add-scenario").click();
    await page.getByTestId("input-proportional").fill("4");
    await page.getByTestId("duplicate-scenario").click();
    await page.getByTestId("input-years").fill("30");
    await expect(page.getByTestId("scenario-tabs")).toHaveAttribute("data-count", "4");
    await expect(page.getByTestId("add-scenario")).toBeDisabled();
    await expect(page.getByTestId("duplicate-scenario")).toBeDisabled();
    await expect(page.getByTestId("supply-chart").locator(".recharts-line-curve")).toHaveCount(4);
    await expect(page.getByTestId("price-chart").locator(".recharts-line-curve")).toHaveCount(4);
    await expect(page.getByTestId("supply-chart")).toHaveAttribute("data-series", "4");
    const table = page.getByTestId("scenario-comparison");
    await expect(table.locator("thead th[scope=col]")).toHaveCount(5);
    await expect(table).toContainText("3.00 billion");
    await expect(table).toContainText("30 years");
    await expect(page).toHaveURL(/[?&]n=4(&|$)/);
    await expect(page).toHaveURL(/[?&]s4_years=30(&|$)/);

    // Editing scenario B changes B only.
    await page.getByTestId("scenario-tab-2").click();
    await expect(page.getByTestId("input-daily-burn")).toHaveValue("3000000000");
    await page.getByTestId("remove-scenario").click();
    await expect(page.getByTestId("scenario-tabs")).toHaveAttribute("data-count", "3");
    await expect(page.getByTestId("supply-chart").locator(".recharts-line-curve")).toHaveCount(3);
    await expect(table).not.toContainText("3.00 billion");
  });
});

test.describe("the page and the API run the same engine", () => {
  test("POST /api/v1/scenarios with the page's input gives the page's numbers, bands and summary", async ({ page }) => {
    const { key } = createKeyWithCli(["--client", "scenario-check", "--scopes", "scenarios:run"]);
    // A proportional burn and a growing market cap take powers, logarithms and exponentials along the way.
    await page.goto("/scenarios?prop=1.5&mc_mode=growing&growth=12&paths=400&seed=99");
    const summary = page.getByTestId("scenario-summary");
    await expect(summary).toHaveAttribute("data-monte-carlo", "ready");
    const input = JSON.parse((await summary.getAttribute("data-engine-input")) ?? "{}") as { monteCarlo?: { paths: number; seed: number } };
    expect(input.monteCarlo?.paths).toBeGreaterThan(0);
    const pageEndSupply = Number(await summary.getAttribute("data-end-supply"));
    const pageSentences = await summary.locator("p").allTextContents();
    const pageBands = JSON.parse((await page.getByTestId("fan-charts").getAttribute("data-last-bands")) ?? "null") as unknown;
    const response = await page.request.post("/api/v1/scenarios", { headers: { authorization: `Bearer ${key}` }, data: input });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { path: { supply: number }[]; summary: string[]; monteCarlo: { points: unknown[] } };
    expect(input.monteCarlo).toMatchObject({ paths: 400, seed: 99 });
    expect(body.path.at(-1)?.supply).toBe(pageEndSupply);
    // Bit for bit: the engine uses its own exp and log, not the engines' differently rounded Math.exp and Math.log.
    expect(body.monteCarlo.points.at(-1)).toEqual(pageBands);
    expect(body.summary).toEqual(pageSentences);
  });
});
