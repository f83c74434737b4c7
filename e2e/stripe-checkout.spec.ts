// Stripe mode (playwright.stripe.config.ts): hold → Stripe Checkout (the stand-in's page) →
// back to the app → confirmed by the webhook. And no secret key in what the browser loads.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

async function holdSeat(page: Page, seat: number): Promise<string> {
  await page.goto("/?destination=mars");
  await page
    .getByRole("link", { name: /^Mars · Aurora Heavy/ })
    .first()
    .click();
  await page.getByRole("button", { name: `Seat ${seat}, free` }).click();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/traveler\/bookings\/[0-9a-f-]+\/pay$/);
  return page.url().replace(/\/pay$/, "");
}

test("a traveler pays on Stripe Checkout and the webhook confirms the booking", async ({ page }) => {
  await signIn(page, DEMO.traveler);
  await holdSeat(page, 21);
  // No card field in stripe mode: the refund terms, then Stripe's page.
  await expect(page.getByLabel("Card number")).toHaveCount(0);
  await page.getByRole("button", { name: /with Stripe$/ }).click();
  await expect(page.getByText("Accept the refund terms to pay.")).toBeVisible();
  await page.getByLabel("I have read the refund terms and accept them.").check();
  await page.getByRole("button", { name: /with Stripe$/ }).click();

  await expect(page).toHaveURL(/\/checkout\/cs_test_/);
  await expect(page.getByRole("heading", { name: "Checkout (Stripe stand-in)" })).toBeVisible();
  await page.getByRole("button", { name: /^Pay \$/ }).click();

  // Back in the app: the return page follows the booking until the webhook has confirmed it.
  await expect(page).toHaveURL(/\/confirmation$/);
  await expect(page.getByRole("heading", { name: "Booking confirmed" })).toBeVisible();
  await expect(page.locator("strong.font-mono")).toHaveText(/^AB-[A-HJ-NP-Z2-9]{6}$/);
});

test("the return page never confirms by itself: an unpaid session stays 'confirming…' and held", async ({ page }) => {
  await signIn(page, DEMO.traveler);
  const booking = await holdSeat(page, 22);
  await page.getByLabel("I have read the refund terms and accept them.").check();
  await page.getByRole("button", { name: /with Stripe$/ }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_test_/);
  // Someone opens the return URL without paying.
  await page.goto(`${booking}/return?session_id=cs_test_forged`);
  await expect(page.getByRole("status").filter({ hasText: "Payment received, confirming…" })).toBeVisible();
  await page.waitForTimeout(4_500);
  await expect(page).toHaveURL(/\/return\?/);
  await page.goto(booking);
  await expect(page.getByText("Held", { exact: true }).first()).toBeVisible();
});

test("no secret key in the client bundles", () => {
  const root = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|json|html|txt)$/.test(name)) files.push(full);
    }
  };
  walk(root);
  expect(files.length).toBeGreaterThan(10);
  const leaks = files.filter((f) => /sk_(test|live)_[A-Za-z0-9]/.test(readFileSync(f, "utf8")));
  expect(leaks).toEqual([]);
});
