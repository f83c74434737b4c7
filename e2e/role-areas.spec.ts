import { expect, test } from "@playwright/test";
import { DEMO, signIn, openAccountMenu } from "./fixtures";

test.describe("role areas", () => {
  for (const area of ["/traveler", "/agency", "/finance", "/it"]) {
    test(`a signed-out visitor is sent from ${area} to sign in, and back after`, async ({ page }) => {
      await page.goto(area);
      await expect(page).toHaveURL(
        new RegExp(`/login\\?callbackUrl=${encodeURIComponent(area).replace(/\//g, "%2F")}`),
      );
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    });
  }

  test("after sign-in the visitor returns to the page asked for, and a wrong role is refused", async ({ page }) => {
    await page.goto("/finance");
    await page.getByLabel("Email").fill(DEMO.employee);
    await page.getByLabel("Password").fill("astro-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/finance$/);
    await expect(page.getByRole("heading", { name: "Finance" })).toBeVisible();
    await page.goto("/it");
    await expect(page).toHaveURL(/\/forbidden$/);
  });

  test("a callbackUrl to another site is ignored", async ({ page }) => {
    await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await page.getByLabel("Email").fill(DEMO.traveler);
    await page.getByLabel("Password").fill("astro-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/traveler$/);
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, DEMO.it);
    await expect(page).toHaveURL(/\/it$/);
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await page.goto("/it");
    await expect(page).toHaveURL(/\/login/);
  });
});
