// Journeys of self-service accounts: a forgotten password, a deactivated account.
import { expect, test } from "@playwright/test";
import { bearer, freshIp, linkFromMailbox, PASSWORD, tokenFor, travelerBody, uniqueEmail } from "./api/auth-helpers";
import { expectAccessible } from "./axe";
import { CARD_OK, newAgencyLaunch } from "./api/booking-helpers";
import { DEMO, DEMO_PASSWORD, signIn } from "./fixtures";

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

test("a traveler edits his tax id: a bad one is a field error, a good one is saved", async ({ page, request }) => {
  const email = uniqueEmail("taxes");
  await registerTraveler(request, email);
  await signIn(page, email, PASSWORD);
  await page.goto("/account");
  await page.getByLabel("Tax id").fill("123");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#taxId-error")).toHaveText(/tax id/i);
  await expect(page.getByLabel("Tax id")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Tax id").fill("00000000T");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile has been saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Tax id")).toHaveValue("00000000T");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, "/account");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a traveler deletes his account after seeing the refund of his future booking", async ({ page, request }) => {
  const { launchId } = await newAgencyLaunch(request, { days: 400, priceCents: 1_000_000 });
  const email = uniqueEmail("goodbye");
  await registerTraveler(request, email);
  const headers = bearer(await tokenFor(request, email));
  const booked = await request.post("/api/v1/bookings", {
    headers,
    data: { launchId, seatCount: 1, payment: { cardNumber: CARD_OK } },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const { reference } = await booked.json();

  await signIn(page, email, PASSWORD);
  await page.goto("/account");
  await page.getByRole("link", { name: "Delete my account…" }).click();
  await expect(page.getByRole("list", { name: "Bookings that will be cancelled" })).toContainText(reference);
  await expect(page.getByTestId("refund-total")).toHaveText(/\$9,000\.00/);
  await expectAccessible(page, "/account/delete");
  await page.getByLabel("Your password").fill("not-my-password");
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.locator("#password-error")).toHaveText(/incorrect/);
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page).toHaveURL(/\/login\?deleted=1/);
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();
  expect((await request.get("/api/v1/me", { headers })).status()).toBe(401);
  const again = await request.post("/api/v1/auth/token", {
    data: { email, password: PASSWORD },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(again.status()).toBe(401);
});

test("a VIP unsubscribes from new-launch alerts in one click (RFC 8058)", async ({ request }) => {
  const vip = bearer(await tokenFor(request, DEMO.vip, DEMO_PASSWORD));
  expect((await (await request.get("/api/v1/me/notification-preferences", { headers: vip })).json()).vipAlerts).toBe(
    true,
  );
  await newAgencyLaunch(request, { days: 90 });
  const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
  let alert: { headers: Record<string, string>; html: string } | undefined;
  await expect
    .poll(
      async () => {
        const list = await (
          await request.get(`/api/v1/it/mailbox?to=${encodeURIComponent(DEMO.vip)}&pageSize=100`, { headers: it })
        ).json();
        alert = list.items.find((m: { headers: Record<string, string> }) => m.headers["List-Unsubscribe"]);
        return Boolean(alert);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  expect(alert!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  expect(alert!.html).toContain("Unsubscribe from new-launch alerts");
  const url = new URL(alert!.headers["List-Unsubscribe"].replace(/^<|>$/g, ""));
  // What a mail client does: a POST with the one-click body, no cookie, no token.
  const click = await request.post(`${url.pathname}${url.search}`, {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(click.status(), await click.text()).toBe(200);
  expect((await (await request.get("/api/v1/me/notification-preferences", { headers: vip })).json()).vipAlerts).toBe(
    false,
  );
  const forged = await request.post("/api/v1/unsubscribe?token=00000000-0000-4000-8000-000000000000.bad", {
    data: "List-Unsubscribe=One-Click",
  });
  expect(forged.status()).toBe(400);
  // Back on, for the journeys that follow.
  await request.put("/api/v1/me/notification-preferences", { headers: vip, data: { vipAlerts: true } });
});
