import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("a signed-in user sent to /login with a look-alike callback stays on this site", async ({ page, baseURL }) => {
  await signIn(page, DEMO.traveler);
  // `/.//evil.example` normalises to `//evil.example`: another host, if followed blindly.
  await page.goto("/login?callbackUrl=/.//evil.example");
  await expect(page).toHaveURL(/\/traveler/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("signing out through Auth.js's own /api/auth/signout revokes the session: a copied cookie stops working", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, DEMO.traveler);
  const copied = await browser.newContext({ baseURL, storageState: await page.context().storageState() });
  const thief = await copied.newPage();
  await thief.goto("/traveler");
  await expect(thief).toHaveURL(/\/traveler/);

  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const signedOut = await page.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(signedOut.status()).toBe(302);

  await thief.goto("/traveler");
  await expect(thief).toHaveURL(/\/login/);
  await copied.close();
});

test("a traveler releases his held seats from the booking page, after confirming", async ({ page }) => {
  await signIn(page, DEMO.traveler);
  await page.goto("/?destination=mars");
  await page
    .getByRole("link", { name: /^Mars · Aurora Heavy/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/launches\//);
  const launchUrl = page.url();
  const free = page.getByRole("button", { name: /^Seat \d+, free$/ }).last();
  const seatName = (await free.getAttribute("aria-label")) ?? (await free.textContent())!;
  await free.click();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/traveler\/bookings\/[0-9a-f-]+\/pay$/);

  await page.goto(page.url().replace(/\/pay$/, ""));
  await page.getByRole("button", { name: "Release seats…" }).click();
  const confirm = page.getByRole("group", { name: "Confirm releasing the seats" });
  await expect(confirm).toContainText("nothing is refunded");
  await confirm.getByRole("button", { name: "Yes, release the seats" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Seats released" })).toBeVisible();
  await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();

  await page.goto(launchUrl);
  await expect(page.getByRole("button", { name: seatName })).toBeVisible();
});
