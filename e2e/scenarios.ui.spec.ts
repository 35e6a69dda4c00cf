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
    const updated = (await summary.textContent()) ?? "";

    await page.reload();
    expect(await readMarker(page)).toBeNull();
    await expect(page.getByTestId("input-daily-burn")).toHaveValue("5000000000");
    await expect(page.getByTestId("input-years")).toHaveValue("20");
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

  test("exports the supply path as CSV", async ({ page }) => {
    await page.goto("/scenarios");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toBe("lunc-scenario-supply.csv");
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

test.describe("the page and the API run the same engine", () => {
  test("POST /api/v1/scenarios with the page's input gives the page's numbers and summary", async ({ page }) => {
    const { key } = createKeyWithCli(["--client", "scenario-check", "--scopes", "scenarios:run"]);
    await page.goto("/scenarios");
    const summary = page.getByTestId("scenario-summary");
    await expect(summary).toBeVisible();
    const input = JSON.parse((await summary.getAttribute("data-engine-input")) ?? "{}") as unknown;
    const pageEndSupply = Number(await summary.getAttribute("data-end-supply"));
    const pageSentences = await summary.locator("p").allTextContents();
    const response = await page.request.post("/api/v1/scenarios", { headers: { authorization: `Bearer ${key}` }, data: input });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { path: { supply: number }[]; summary: string[] };
    expect(body.path.at(-1)?.supply).toBe(pageEndSupply);
    expect(body.summary).toEqual(pageSentences);
  });
});
