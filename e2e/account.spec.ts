// Journeys of self-service accounts: a forgotten password, a deactivated account.
import { expect, test } from "@playwright/test";
import { bearer, freshIp, linkFromMailbox, PASSWORD, tokenFor, travelerBody, uniqueEmail } from "./api/auth-helpers";
import { expectAccessible } from "./axe";
import { DEMO, signIn } from "./fixtures";

const NEW_PASSWORD = "nebula-garden-2031";

async function registerTraveler(request: import("@playwright/test").APIRequestContext, email: string) {
  const res = await request.post("/api/v1/auth/register", {
    data: travelerBody(email),
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(res.status(), await res.text()).toBe(201);
}

test("forgot password → the mail in the built-in mailbox → reset → sign in", async ({ page, request }) => {
  const email = uniqueEmail("forgot");
  await registerTraveler(request, email);

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(/If an account exists for this email/)).toBeVisible();

  // The mailbox keeps the link redacted; the sealed token opens with the server's key.
  const link = await linkFromMailbox(request, email, /\/reset-password\?token=[\w%-]+/);
  const itToken = await tokenFor(request, DEMO.it, "astro-demo-2026");
  const mails = await (
    await request.get(`/api/v1/it/mailbox?to=${encodeURIComponent(email)}`, { headers: bearer(itToken) })
  ).json();
  const resetMail = mails.items.find((m: { subject: string }) => m.subject === "Choose a new password");
  const token = new URL(link, "http://x").searchParams.get("token")!;
  expect(resetMail.text).toContain("/reset-password?token=[redacted]");
  expect(resetMail.html + resetMail.text).not.toContain(token);

  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1/);
  await expect(page.getByText(/Your password has been changed/)).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/traveler$/);

  // The link worked once.
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("another-garden-2032");
  await page.getByLabel("Confirm new password").fill("another-garden-2032");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/not valid any more/)).toBeVisible();
});

test("an IT employee deactivates an account: its sign-in is refused with a clear message; reactivated, it works", async ({
  page,
  browser,
  request,
}) => {
  const email = uniqueEmail("deactivated");
  await registerTraveler(request, email);
  await signIn(page, DEMO.it);
  await page.goto("/it/users");
  await page.getByLabel("Email or name").fill(email);
  await page.getByRole("button", { name: "Find" }).click();
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row.getByRole("cell", { name: email, exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("cell", { name: "disabled", exact: true })).toBeVisible();

  const other = await browser.newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText(/This account has been deactivated/)).toBeVisible();
  const api = await request.post("/api/v1/auth/token", {
    data: { email, password: PASSWORD },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(api.status()).toBe(403);
  expect((await api.json()).code).toBe("account_disabled");

  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row.getByRole("cell", { name: "active", exact: true })).toBeVisible();
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/traveler$/);
  await other.close();
});

test("the account pages are accessible and fit a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/forgot-password", "/reset-password?token=abcdefghijklmnopqrstuvwxyz"]) {
    await expectAccessible(page, path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await signIn(page, DEMO.it);
  await expectAccessible(page, "/it/users");
  await expectAccessible(page, "/it/invitations");
});
