// Journey: a signed-in user changes the password at /account/password (every role may);
// the other browsers and API tokens of the user are signed out, this browser stays in.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { bearer, freshIp, PASSWORD, tokenFor, travelerBody, uniqueEmail } from "./api/auth-helpers";
import { DEMO, signIn, openAccountMenu, switchTo } from "./fixtures";

const NEW_PASSWORD = "fresh-orbit-stairs-27";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(blocking, blocking.join("\n")).toEqual([]);
}

test("a traveler changes the password: field errors, success, other sessions and API tokens signed out", async ({
  page,
  browser,
  request,
}) => {
  // A user of its own: the shared demo accounts keep their password for the other specs.
  const body = travelerBody(uniqueEmail("password"));
  const registered = await request.post("/api/v1/auth/register", {
    data: body,
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  await signIn(page, body.email, PASSWORD);
  const otherBrowser = await browser.newContext();
  const otherPage = await otherBrowser.newPage();
  await signIn(otherPage, body.email, PASSWORD);
  const apiToken = await tokenFor(request, body.email, PASSWORD);

  // Reached from the header of every signed-in page.
  await openAccountMenu(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  await expect(page.getByText(/every other browser and every API token stops working/)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(page);

  // Client-side checks (same zod schema as the server).
  const current = page.getByLabel("Current password");
  const fresh = page.getByLabel("New password", { exact: true });
  const confirm = page.getByLabel("Confirm new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("Enter your current password.");
  await current.fill("not-my-password-1");
  await fresh.fill(NEW_PASSWORD);
  await confirm.fill(`${NEW_PASSWORD}x`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#confirmPassword-error")).toHaveText("The two new passwords do not match.");

  // The server's answer: a wrong current password is an error on that field, focused.
  await confirm.fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("The current password is incorrect.");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toBeFocused();

  // With the keyboard only: type, Tab through the fields in order, Enter submits.
  await current.fill("");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Tab");
  await expect(fresh).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/password\?changed=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
  await expect(
    page.getByText(/You stay signed in on this device; every other browser and every API token has been signed out/),
  ).toBeVisible();
  await expect(current).toHaveValue("");
  await openAccountMenu(page);
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Change password" }),
  ).toBeVisible();

  // This browser stays signed in (a fresh session); the other one and the API token are out.
  await page.goto("/traveler");
  await expect(page).toHaveURL(/\/traveler$/);
  await otherPage.goto("/traveler");
  await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Ftraveler/);
  await otherBrowser.close();
  expect((await request.get("/api/v1/me", { headers: bearer(apiToken) })).status()).toBe(401);

  // Only the new password signs in from now on.
  const old = await request.post("/api/v1/auth/token", {
    data: { email: body.email, password: PASSWORD },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(old.status()).toBe(401);
  expect(await tokenFor(request, body.email, NEW_PASSWORD)).toBeTruthy();
});

test("every role reaches the page from the header, also on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const homes = { agency: "/agency", employee: "/finance", it: "/it" } as const;
  for (const who of ["agency", "employee", "it"] as const) {
    await switchTo(page, who);
    await page.goto(homes[who]);
    await openAccountMenu(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByText(`Signed in as ${DEMO[who]}.`)).toBeVisible();
    await page.getByRole("button", { name: "Change password" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("button", { name: "Change password" })).toBeInViewport();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.waitForLoadState("networkidle");
    await expectNoSeriousA11yViolations(page);
  }
});

test("a signed-out visitor is sent to sign in first", async ({ page }) => {
  await page.goto("/account/password");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fpassword/);
});
