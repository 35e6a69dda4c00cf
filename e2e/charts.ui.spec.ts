import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const screenshotDir = "test-results/screenshots";

/** Remembers the document: if a click reloads the page, the marker is gone. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}
async function isSameDocument(page: Page) {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

test.describe("pages at 1280 px and 375 px", () => {
  for (const width of [1280, 375]) {
    test(`screenshots of /, /tokens/lunc (ALL, log) and /burns at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, url] of [["home", "/"], ["lunc-all-log", "/tokens/lunc?scale=log"], ["burns", "/burns"]] as const) {
        await page.goto(url);
        if (name !== "home") await expect(page.locator(".recharts-line-curve").first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${url} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${screenshotDir}/issue6-${name}-${width}.png`, fullPage: true });
      }
    });
  }
});

test.describe("the token chart", () => {
  test("draws LUNC's whole history in 999 points with one gap, on a log scale", async ({ page }) => {
    await page.goto("/tokens/lunc?scale=log");
    const chart = page.getByTestId("price-chart");
    await expect(chart).toHaveAttribute("data-points", "999");
    await expect(chart).toHaveAttribute("data-source-points", "1939");
    await expect(chart).toHaveAttribute("data-gaps", "1");
    await expect(chart).toHaveAttribute("data-scale", "log");
    // Two unbroken runs: the path has two subpaths, and the gap is shaded and labelled.
    expect((await chart.locator("path.recharts-line-curve").getAttribute("d"))?.match(/M/g)).toHaveLength(2);
    await expect(chart.getByText("no data")).toBeVisible();
    // The log axis reaches down to LUNC's 0.00005-dollar days.
    await expect(chart.locator("text").filter({ hasText: /^1e-5$/ })).toBeVisible();
  });

  test("the tooltip for a known day shows the same value as the API, with its date", async ({ page }) => {
    await page.goto("/tokens/lunc");
    const apiCall = page.waitForResponse((response) => response.url().includes("/api/v1/tokens/lunc/prices?from=2025-05-10&limit=5000"));
    await page.getByRole("button", { name: "30D", exact: true }).click();
    const api = (await (await apiCall).json()) as { data: { date: string; price_usd: number }[] };
    expect(api.data).toHaveLength(30);
    const chart = page.getByTestId("price-chart");
    await expect(chart).toHaveAttribute("data-points", "30");
    const day = "2025-05-25";
    const expected = api.data.find((row) => row.date === day);
    expect(expected).toBeDefined();
    // The line runs from the first to the last day of the range, so a day's x is proportional along it.
    const line = await chart.locator("path.recharts-line-curve").boundingBox();
    if (!line) throw new Error("no line drawn");
    const index = api.data.findIndex((row) => row.date === day);
    await page.mouse.move(line.x + (line.width * index) / (api.data.length - 1), line.y + line.height / 2);
    const tooltip = page.getByTestId("chart-tooltip");
    await expect(tooltip.getByTestId("tooltip-day")).toHaveText(day);
    await expect(tooltip.getByTestId("tooltip-value")).toHaveAttribute("data-value", String(expected?.price_usd));
    await expect(tooltip.getByTestId("tooltip-value")).toHaveText(`$${String(expected?.price_usd)}`);
    // A horizontal line has no height, so Playwright would call it hidden: check it is drawn.
    await expect(chart.getByTestId("crosshair-y")).toBeAttached();
    // The keyboard moves the crosshair too.
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    await chart.locator("svg.recharts-surface").first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(tooltip.getByTestId("tooltip-day")).toHaveText(/^2025-0[56]-\d\d$/);
  });

  test("range, scale and comparison change without a page load, and the URL reproduces the view", async ({ page }) => {
    await page.goto("/tokens/lunc");
    await markDocument(page);
    const chart = page.getByTestId("price-chart");
    await page.getByRole("button", { name: "1Y", exact: true }).click();
    await expect(page).toHaveURL(/\/tokens\/lunc\?range=1Y$/);
    await expect(chart).toHaveAttribute("data-points", "365");
    await expect(chart).toHaveAttribute("data-gaps", "0");
    await page.getByText("Log", { exact: true }).click();
    await expect(page).toHaveURL(/range=1Y&scale=log$/);
    await expect(chart).toHaveAttribute("data-scale", "log");
    await page.getByRole("button", { name: "ALL", exact: true }).click();
    await page.getByRole("checkbox", { name: "USTC" }).check();
    await expect(page).toHaveURL(/\?scale=log&compare=ustc$/);
    // LUNC and USTC as indexes (first day = 100) on one shared grid of days.
    await expect(chart).toHaveAttribute("data-source-points", String(1939 + 684));
    await expect(chart.locator("path.recharts-line-curve")).toHaveCount(2);
    await expect(chart).toContainText("LUNC, USTC price as an index");
    expect(await isSameDocument(page)).toBe(true);
    const shared = page.url();
    const points = await chart.getAttribute("data-points");

    // Opened afresh, the URL gives the same view, rendered from the server's prefetch: no API call is needed.
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/v1/")) apiCalls.push(request.url());
    });
    await page.goto(shared);
    await expect(page.getByRole("button", { name: "ALL", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("radio", { name: "Log" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "USTC" })).toBeChecked();
    await expect(page.getByTestId("price-chart")).toHaveAttribute("data-points", points ?? "");
    await expect(page.getByTestId("price-chart").locator("path.recharts-line-curve")).toHaveCount(2);
    expect(apiCalls).toEqual([]);
    // Back goes to the previous view, still without a page load.
    await markDocument(page);
    await page.getByRole("button", { name: "Volume" }).click();
    await expect(page).toHaveURL(/metric=volume/);
    await page.goBack();
    await expect(page).toHaveURL(shared);
    expect(await isSameDocument(page)).toBe(true);
  });

  test("the CSV holds exactly the rows the chart draws", async ({ page }) => {
    await page.goto("/tokens/lunc?range=7D");
    const chart = page.getByTestId("price-chart");
    await expect(chart).toHaveAttribute("data-points", "7");
    const download = page.waitForEvent("download");
    await page.getByTestId("csv-download").click();
    const file = await (await download).path();
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines[0]).toBe("date,price_usd");
    expect(lines).toHaveLength(8);
    expect(lines[1]?.startsWith("2025-06-02,")).toBe(true);
    expect(lines[7]?.startsWith("2025-06-08,")).toBe(true);
    // The same rows in the data table behind the chart.
    await page.getByText(/^Data table/).click();
    await expect(page.getByTestId("chart-data-table").locator("tbody tr")).toHaveCount(7);
  });
});

test.describe("home and burns", () => {
  test("the market table sorts by a column through the URL", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("token-row-LUNC").getByTestId("burned")).toContainText("414.89B");
    await page.getByRole("link", { name: "Price", exact: true }).click();
    await expect(page).toHaveURL(/\?sort=price&dir=desc$/);
    await expect(page.getByTestId("token-table").locator("tbody tr").first()).toHaveAttribute("data-testid", "token-row-BTC");
    await expect(page.getByRole("columnheader", { name: /Price/ })).toHaveAttribute("aria-sort", "descending");
  });

  test("the burn dashboard charts the running total and burns per month, week and day", async ({ page }) => {
    await page.goto("/burns");
    await expect(page.getByTestId("burned-total")).toContainText("414.89B LUNC");
    await expect(page.getByTestId("burn-total-chart")).toHaveAttribute("data-source-points", "1048");
    const bars = page.getByTestId("burn-bars");
    await expect(bars).toHaveAttribute("data-bars", "44");
    await page.getByRole("link", { name: "Per week" }).click();
    await expect(page).toHaveURL(/interval=weekly/);
    await expect(bars).not.toHaveAttribute("data-bars", "44");
    await expect(page.getByTestId("burn-kinds")).toContainText("no data in the store");
    await expect(page.getByTestId("exchange-batches")).toContainText("trust: low");
    await expect(page.getByTestId("burn-projection").locator("tbody tr")).toHaveCount(4);
  });
});
