import { expect, test } from "@playwright/test";

const screenshotDir = "test-results/screenshots";

test.describe("the site in Chromium", () => {
  test("home lists the tokens and links to their pages", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
    await expect(page.getByTestId("token-table").locator("tbody tr")).toHaveCount(5);
    await expect(page.getByTestId("token-row-BTC").getByTestId("price")).toHaveText("$26,082.72");
    await expect(page.getByTestId("token-row-BTC").getByTestId("price-as-of")).toHaveText("2023-08-28");
    await expect(page.getByTestId("disclaimer")).toContainText("not investment advice");
    await page.screenshot({ path: `${screenshotDir}/home-1280.png`, fullPage: true });
    await page.getByRole("link", { name: "LUNC" }).click();
    await expect(page).toHaveURL(/\/tokens\/lunc$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terra Luna Classic (LUNC)");
  });

  test("the LUNC chart draws its history with a visible break after August 2023", async ({ page }) => {
    await page.goto("/tokens/lunc");
    const chart = page.getByTestId("price-chart");
    await expect(chart.locator(".recharts-line-curve")).toBeVisible();
    // A line broken by a gap is drawn as two subpaths: two "M" commands in the path.
    const path = await chart.locator("path.recharts-line-curve").getAttribute("d");
    expect(path?.match(/M/g)?.length).toBe(2);
    await expect(page.getByTestId("chart-gap-note")).toContainText("285 missing days in 1 run (2023-08-29 to 2024-06-08)");
    await expect(page.getByRole("radio", { name: "Log" })).toBeChecked();
    await page.screenshot({ path: `${screenshotDir}/lunc-1280.png`, fullPage: true });
    await page.getByText("Linear", { exact: true }).click();
    await expect(page.getByRole("radio", { name: "Linear" })).toBeChecked();
  });

  test("usable at 375 px, with the navigation and no sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const url of ["/", "/tokens/lunc", "/burns", "/data"]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto("/");
    for (const name of ["Tokens", "Burns", "Scenarios", "Articles", "Docs"]) await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/home-375.png`, fullPage: true });
  });

  test("the theme toggle switches to dark and remembers it", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/tokens/lunc");
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.getByTestId("theme-toggle").click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.screenshot({ path: `${screenshotDir}/lunc-dark-1280.png`, fullPage: true });
  });

  test("an unknown token shows the not-found page", async ({ page }) => {
    const response = await page.goto("/tokens/not-a-token");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("the site's browser code calls the API with its publishable key", () => {
  test("changing the range fetches /api/v1 without a page load", async ({ page }) => {
    await page.goto("/tokens/lunc");
    const chart = page.getByTestId("price-chart");
    await expect(chart).toHaveAttribute("data-source-points", "1939");
    const apiCall = page.waitForResponse((response) => response.url().includes("/api/v1/tokens/lunc/prices?from=2024-06-09&limit=5000"));
    await page.getByRole("button", { name: "1Y" }).click();
    const response = await apiCall;
    expect(response.status()).toBe(200);
    expect(response.request().headers().authorization).toMatch(/^Bearer bw_pk_/);
    await expect(chart).toHaveAttribute("data-points", "365");
    await expect(chart).toHaveAttribute("data-gaps", "0");
    await page.getByRole("button", { name: "ALL" }).click();
    await expect(chart).toHaveAttribute("data-points", "999");
  });
});
