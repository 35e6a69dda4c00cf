import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";

const password = "correct horse battery staple";
const uniqueEmail = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signUp(page: Page, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByTestId("portal-user")).toContainText(email);
}

function clientCard(page: Page, name: string): Locator {
  return page.locator(`[data-testid="client-card"][data-client-name="${name}"]`);
}

/** Creates a client and a secret key with `prices:read`; returns the key read from the shown-once panel. */
async function createClientAndKey(page: Page, clientName: string): Promise<{ key: string; keyId: string }> {
  await page.getByLabel("Client name").fill(clientName);
  await page.getByRole("button", { name: "Create client" }).click();
  const card = clientCard(page, clientName);
  await expect(card).toBeVisible();
  await card.getByLabel("Key name").fill("server");
  await card.getByRole("radio", { name: "test" }).check();
  // Refused first (no scope): the message is readable and nothing typed is lost.
  await card.getByRole("button", { name: "Create key" }).click();
  await expect(card.getByTestId("form-error")).toHaveText("Pick at least one scope.");
  await expect(card.getByLabel("Key name")).toHaveValue("server");
  await expect(card.getByRole("radio", { name: "test" })).toBeChecked();
  await card.getByRole("checkbox", { name: "prices:read" }).check();
  await card.getByRole("button", { name: "Create key" }).click();
  const shown = card.getByTestId("new-key");
  await expect(shown).toHaveText(/^bw_test_[0-9A-Za-z]{16}_[0-9A-Za-z]{49}$/);
  await expect(card.getByTestId("new-signing-secret")).not.toBeEmpty();
  await expect(card.getByTestId("shown-once-warning")).toContainText("only time");
  const keyId = (await card.getByTestId("new-key-id").textContent())!.trim();
  // The key made it into the listing, which shows only its hint.
  await expect(card.locator(`[data-testid="key-row"][data-key-id="${keyId}"]`)).toBeVisible();
  return { key: (await shown.textContent())!.trim(), keyId };
}

function callTokens(request: APIRequestContext, key: string) {
  return request.get("/api/v1/tokens", { headers: { authorization: `Bearer ${key}` } });
}

function keyRow(page: Page, keyId: string): Locator {
  return page.locator(`[data-testid="key-row"][data-key-id="${keyId}"]`);
}

test.describe("the portal", () => {
  test("a new person signs up, makes a key, uses it, rotates it with grace, and revokes the old one", async ({ page, context }) => {
    await signUp(page, uniqueEmail("alice"));
    const session = (await context.cookies()).find((cookie) => cookie.name === "bw_session");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

    const first = await createClientAndKey(page, "Alice's dashboard");
    expect((await callTokens(page.request, first.key)).status()).toBe(200);

    await page.goto(`/portal/keys/${first.keyId}`);
    const rotate = page.getByTestId("rotate-form");
    await expect(rotate.getByLabel("Grace period (hours)")).toHaveValue("1");
    await rotate.getByRole("button", { name: "Rotate key" }).click();
    const newKey = (await page.getByTestId("new-key").textContent())!.trim();
    const newKeyId = (await page.getByTestId("new-key-id").textContent())!.trim();
    expect(newKey).not.toBe(first.key);
    await expect(page.getByTestId("old-key-until")).toContainText(`The old key ${first.keyId} keeps working until`);
    await expect(page.getByTestId("key-details").getByTestId("key-status").first()).toHaveText("grace");
    await expect(page.getByTestId("chain-link")).toHaveCount(2);
    await expect(page.locator(`[data-testid="chain-link"][data-key-id="${first.keyId}"]`)).toContainText("works until");

    expect((await callTokens(page.request, first.key)).status()).toBe(200);
    expect((await callTokens(page.request, newKey)).status()).toBe(200);

    await page.goto("/portal");
    await expect(keyRow(page, first.keyId).getByTestId("key-requests")).toHaveText("2");
    await expect(keyRow(page, first.keyId).getByTestId("key-status")).toHaveText("grace");
    await expect(keyRow(page, newKeyId).getByTestId("key-requests")).toHaveText("1");
    await expect(keyRow(page, newKeyId).getByTestId("key-status")).toHaveText("active");
    // The old key is still in use and its grace ends within the day: the portal says so.
    await expect(page.getByTestId("key-alerts").locator('[data-alert-kind="grace_ending_in_use"]')).toContainText(first.keyId);

    await page.goto(`/portal/keys/${newKeyId}`);
    await expect(page.getByTestId("usage-table").getByTestId("usage-total")).toHaveText(["1"]);
    await expect(page.getByTestId("usage-chart")).toHaveAttribute("data-total", "1");

    await page.goto(`/portal/keys/${first.keyId}`);
    await expect(page.getByTestId("usage-table").getByTestId("usage-total")).toHaveText(["2"]);
    await expect(page.getByTestId("usage-table").getByTestId("usage-grace")).toHaveText(["1"]);
    await expect(page.getByTestId("usage-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();

    await page.getByText("Revoke this key…").click();
    await page.getByRole("checkbox", { name: /I understand/ }).check();
    await page.getByRole("button", { name: "Revoke key now" }).click();
    await expect(page.getByTestId("form-notice")).toContainText(`Key ${first.keyId} is revoked`);
    await expect(page.getByTestId("key-details").getByTestId("key-status").first()).toHaveText("revoked");

    const refused = await callTokens(page.request, first.key);
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    expect((await callTokens(page.request, newKey)).status()).toBe(200);

    await page.goto("/portal/audit");
    const actions = await page.getByTestId("audit-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")));
    expect(actions).toEqual(expect.arrayContaining(["key.created", "key.rotated", "key.used_during_grace", "key.revoked"]));
    // Newest first: the revocation comes before the rotation, which comes before the creation.
    expect(actions.indexOf("key.revoked")).toBeLessThan(actions.indexOf("key.rotated"));
    expect(actions.indexOf("key.rotated")).toBeLessThan(actions.lastIndexOf("key.created"));
    await expect(page.getByTestId("audit-table")).not.toContainText(first.key);

    await page.setViewportSize({ width: 375, height: 812 });
    for (const url of ["/portal", `/portal/keys/${first.keyId}`, "/portal/audit"]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: "test-results/screenshots/portal-key-375.png", fullPage: true });
  });

  test("another person gets a 404 for someone else's key and cannot rotate or revoke it", async ({ page, browser }) => {
    await signUp(page, uniqueEmail("alice"));
    const alice = await createClientAndKey(page, "Alice's app");

    const bobContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      const bob = await bobContext.newPage();
      await signUp(bob, uniqueEmail("bob"));
      const notFound = await bob.goto(`/portal/keys/${alice.keyId}`);
      expect(notFound?.status()).toBe(404);
      await expect(bob.getByRole("heading", { name: "Page not found" })).toBeVisible();

      // Bob's own key page, with its forms pointed at Alice's key: the Server Actions must refuse.
      await bob.goto("/portal");
      const bobs = await createClientAndKey(bob, "Bob's app");
      await bob.goto(`/portal/keys/${bobs.keyId}`);
      const retarget = (form: Locator) => form.locator('input[name="keyId"]').evaluate((input, keyId) => ((input as HTMLInputElement).value = keyId), alice.keyId);

      const rotate = bob.getByTestId("rotate-form");
      await retarget(rotate);
      await rotate.getByRole("button", { name: "Rotate key" }).click();
      await expect(rotate.getByTestId("form-error")).toHaveText("No such key.");
      await expect(bob.getByTestId("new-key")).toHaveCount(0);

      await bob.getByText("Revoke this key…").click();
      const revoke = bob.getByTestId("revoke-form");
      await retarget(revoke);
      await revoke.getByRole("checkbox", { name: /I understand/ }).check();
      await revoke.getByRole("button", { name: "Revoke key now" }).click();
      await expect(revoke.getByTestId("form-error")).toHaveText("No such key.");

      // Bob's key is untouched too: the forms acted on the id they carried, and that id was refused.
      await bob.reload();
      await expect(bob.getByTestId("key-details").getByTestId("key-status").first()).toHaveText("active");
    } finally {
      await bobContext.close();
    }

    expect((await callTokens(page.request, alice.key)).status()).toBe(200);
    await page.goto(`/portal/keys/${alice.keyId}`);
    await expect(page.getByTestId("key-details").getByTestId("key-status").first()).toHaveText("active");
    await expect(page.getByTestId("chain-link")).toHaveCount(1);
  });

  test("sign-in with a wrong password shows one readable message; the right one gets in", async ({ page }) => {
    await page.goto("/portal");
    await expect(page).toHaveURL(/\/signin$/);

    const email = uniqueEmail("carol");
    await signUp(page, email);
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/signin$/);
    await page.goto("/portal");
    await expect(page).toHaveURL(/\/signin$/);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveCount(1);
    await expect(page.getByTestId("form-error")).toHaveText("Email or password is wrong.");
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByTestId("portal-user")).toContainText(email);
  });

  test("after five wrong passwords even the right one is refused for a while", async ({ page }) => {
    const email = uniqueEmail("dave");
    await signUp(page, email);
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/signin$/);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("form-error")).toHaveText("Email or password is wrong.");
      // Wait for the form to settle so the next attempt is not typed into a form being reset.
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(/^Too many sign-in attempts; try again in \d+ minutes?\.$/);
    await expect(page).toHaveURL(/\/signin$/);
  });
});
