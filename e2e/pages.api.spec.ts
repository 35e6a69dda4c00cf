import { expect, test } from "@playwright/test";

test.describe("pages over HTTP", () => {
  test("the home page lists the five tokens with snapshot prices and dates", async ({ request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const html = await response.text();
    for (const symbol of ["LUNC", "USTC", "BTC", "ETH", "SHIB"]) expect(html).toContain(`data-testid="token-row-${symbol}"`);
    // Latest days of the snapshot: CoinGecko ends 2023-08-28, LUNC's 2024 series 2025-06-08, Yahoo's USTC 2022-10-09.
    expect(html).toContain('dateTime="2025-06-08"');
    expect(html).toContain('dateTime="2022-10-09"');
    expect(html).toContain('dateTime="2023-08-28"');
  });

  test("a token page answers 200 in any letter case; an unknown symbol a real 404", async ({ request }) => {
    expect((await request.get("/tokens/lunc")).status()).toBe(200);
    expect((await request.get("/tokens/BTC")).status()).toBe(200);
    const missing = await request.get("/tokens/not-a-token");
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain("Page not found");
    expect((await request.get("/tokens/%3Cscript%3E")).status()).toBe(404);
  });

  test("the LUNC page charts 2019 onwards with the months after August 2023 as a gap", async ({ request }) => {
    const html = await (await request.get("/tokens/lunc")).text();
    expect(html).toContain("2019-05-08 to 2025-06-08");
    expect(html).toContain("2023-08-29 to 2024-06-08");
    // 1,574 CoinGecko days (2019-05-08 to 2023-08-28) and 365 days of 2024-25, one gap between them, drawn as
    // 811 + 188 points (LTTB shares the 1,000-point budget between the two runs).
    expect(html).toContain('data-points="999" data-source-points="1939" data-gaps="1"');
  });

  test("the data page lists every series with its source and commit", async ({ request }) => {
    const html = await (await request.get("/data")).text();
    expect(html).toContain("nktcodes/Coins-By-Market-Capitalization");
    expect(html).toContain("5d8e03a7");
    expect(html).toContain("burns:total");
  });
});
