import { expect, test } from "@playwright/test";
import { apiOperations } from "../lib/api/contract/api-operations";

test("/docs shows the guides and a reference entry, with a curl example, for every operation of the spec", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/docs");
  for (const guide of ["Keys", "Authenticate", "TypeScript SDK", "CoinGecko-compatible routes", "Signed requests", "Rotation without downtime", "Rate limits", "Errors", "Reference"]) {
    await expect(page.getByRole("heading", { level: 2, name: guide })).toBeVisible();
  }
  const entries = page.locator("[data-operation-id]");
  await expect(entries).toHaveCount(Object.keys(apiOperations).length + 1);
  const ids = await entries.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-operation-id")));
  expect(ids).toEqual(expect.arrayContaining([...Object.keys(apiOperations), "getOpenApiDocument"]));

  const prices = page.locator('[data-operation-id="getTokenPrices"]');
  await expect(prices.getByRole("heading", { name: "GET /api/v1/tokens/{symbol}/prices" })).toBeVisible();
  await expect(prices.getByLabel("curl example for getTokenPrices")).toContainText('"http://localhost:3000/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-02"');
  await prices.getByText("Example answer (200)").click();
  await expect(prices.getByLabel("answer of getTokenPrices")).toContainText("78.7026266919374");
  await page.screenshot({ path: "test-results/screenshots/docs-1280.png" });

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/docs#op-createKey");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: "test-results/screenshots/docs-375.png" });
});
