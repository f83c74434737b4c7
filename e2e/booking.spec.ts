// Journeys of the catalogue and the booking flow, through the real pages.
import { expect, test } from "@playwright/test";
import { authFile, DEMO, DEMO_PASSWORD } from "./fixtures";

test.describe("catalogue and booking", () => {
  test("a visitor filters the catalogue, opens a launch and is sent to sign in and back", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Upcoming launches" })).toBeVisible();
    await page.getByLabel("Destination").selectOption("mars");
    await page.getByLabel("Agency").selectOption({ label: "Orbital Horizons" });
    await page.getByLabel("Sort by").selectOption("price");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/destination=mars/);
    const results = page.getByRole("list", { name: "Launches" });
    await expect(results).toContainText("Aurora Heavy");
    for (const card of await results.getByRole("listitem").all()) await expect(card).toContainText("Orbital Horizons");
    // The filters live in the URL: back returns to the unfiltered catalogue.
    await page.goBack();
    await expect(page).not.toHaveURL(/destination=mars/);
    await page.goForward();
    await expect(page).toHaveURL(/destination=mars/);

    await results.getByRole("link", { name: /^Mars · Aurora Heavy/ }).click();
    await expect(page).toHaveURL(/\/launches\/\d{4}-\d{2}-\d{2}-mars-aurora-heavy-cape-canaveral-/);
    await expect(page).toHaveTitle(/Mars · Aurora Heavy · Cape Canaveral/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Aurora Heavy/);
    await expect(page.getByRole("list", { name: "Seat map" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Launch status history" })).toBeVisible();
    await page.getByRole("link", { name: "Sign in to book" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Flaunches%2F/);
    await page.getByLabel("Email").fill(DEMO.traveler);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/launches\/.*mars-aurora-heavy/);
    await expect(page.getByRole("button", { name: "Seat 12, free" })).toBeVisible();
  });

  test.describe("as the demo traveler", () => {
    test.use({ storageState: authFile("traveler") });
    test("a traveler books two seats with passengers, pays, sees the booking and cancels it seeing the refund first", async ({
      page,
    }) => {
      await page.goto("/?destination=mars");
      await page
        .getByRole("link", { name: /^Mars · Aurora Heavy/ })
        .first()
        .click();
      await expect(page).toHaveURL(/\/launches\//);

      const seat12 = page.getByRole("button", { name: "Seat 12, free" });
      await seat12.click();
      await expect(page.getByRole("button", { name: "Seat 12, selected" })).toHaveAttribute("aria-pressed", "true");
      await page.getByRole("button", { name: "Seat 13, free" }).click();
      // The traveler is pre-filled as the first passenger.
      await expect(page.getByLabel("Passenger 1 email")).toHaveValue(DEMO.traveler);
      await page.getByLabel("Passenger 2 name").fill("Tom Companion");
      await page.getByLabel("Passenger 2 email").fill("tom@example.test");
      await page.getByLabel("Passenger 2 date of birth").fill("1992-07-01");
      await page.getByRole("button", { name: "Continue to payment" }).click();

      await expect(page).toHaveURL(/\/traveler\/bookings\/[0-9a-f-]+\/pay$/);
      await expect(page.getByText(/Your seats are held for/)).toBeVisible();
      await expect(page.getByText(/\d:\d{2}/).first()).toBeVisible();
      // The refund tiers for this launch's date are shown, and must be accepted before paying.
      await expect(page.getByRole("list", { name: "Refund if you cancel" })).toContainText("90 % back");
      await page.getByLabel("Card number").fill("4242 4242 4242 4242");
      await page.getByRole("button", { name: /^Pay / }).click();
      await expect(page.getByText("Accept the refund terms to pay.")).toBeVisible();
      await page.getByLabel("I have read the refund terms and accept them.").check();
      await page.getByRole("button", { name: /^Pay / }).click();

      await expect(page).toHaveURL(/\/confirmation$/);
      await expect(page.getByRole("heading", { name: "Booking confirmed" })).toBeVisible();
      const confirmation = page.getByRole("status").filter({ hasText: "Your booking reference is" });
      await expect(confirmation).toContainText(/Your booking reference is AB-[A-HJ-NP-Z2-9]{6}\./);
      const reference = (await confirmation.textContent())!.match(/AB-[A-HJ-NP-Z2-9]{6}/)![0];

      await page.getByRole("link", { name: "My bookings" }).first().click();
      const item = page
        .getByRole("list", { name: "Upcoming bookings" })
        .getByRole("listitem")
        .filter({ hasText: reference });
      await expect(item).toContainText("Confirmed");
      await expect(item).toContainText("Scheduled");
      await item.getByRole("link").click();

      await expect(page.getByRole("heading", { name: `Booking ${reference}` })).toBeVisible();
      await expect(page.getByText("Refund terms accepted")).toBeVisible();
      await expect(page.getByRole("list", { name: "Launch status history" })).toBeVisible();
      // The booking's files: the links are there and answer with the right type (the page's own cookie).
      const downloads = [
        { name: "Download receipt (PDF)", type: "application/pdf" },
        { name: "Add to calendar (.ics)", type: "text/calendar" },
      ];
      for (const { name, type } of downloads) {
        const href = await page.getByRole("link", { name }).getAttribute("href");
        const file = await page.request.get(href!);
        expect(file.status()).toBe(200);
        expect(file.headers()["content-type"]).toContain(type);
      }
      await page.getByRole("button", { name: "Cancel this booking…" }).click();
      const confirm = page.getByRole("group", { name: "Confirm cancellation" });
      await expect(confirm).toContainText("(70 % of");
      await confirm.getByRole("button", { name: "Yes, cancel the booking" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Booking cancelled" })).toContainText("70 %");
      await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
      // Cancelled: the receipt stays (it now shows the refund), the trip leaves the calendar.
      await expect(page.getByRole("link", { name: "Download receipt (PDF)" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveCount(0);
    });
  });

  test.describe("as the demo VIP", () => {
    test.use({ storageState: authFile("vip") });
    test("Change seats on the payment step releases the hold and returns to the launch with the same seats picked", async ({
      page,
    }) => {
      await page.goto("/?destination=mars");
      await page
        .getByRole("link", { name: /^Mars · Aurora Heavy/ })
        .first()
        .click();
      await page.getByRole("button", { name: "Seat 31, free" }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();
      await expect(page).toHaveURL(/\/pay$/);
      await page.getByRole("button", { name: "Change seats" }).click();
      await expect(page).toHaveURL(/\/launches\/.*\?seats=31$/);
      // The hold is gone, so seat 31 is free again and comes back picked.
      await expect(page.getByRole("button", { name: "Seat 31, selected" })).toHaveAttribute("aria-pressed", "true");
    });

    test("a declined card shows on the card field and keeps the hold; another card pays the same booking", async ({
      page,
    }) => {
      await page.goto("/?destination=mars");
      await page
        .getByRole("link", { name: /^Mars · Aurora Heavy/ })
        .first()
        .click();
      await expect(page).toHaveURL(/\/launches\//);
      await page.getByRole("button", { name: "Seat 30, free" }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();
      await expect(page).toHaveURL(/\/pay$/);
      const payUrl = page.url();
      await page.getByLabel("I have read the refund terms and accept them.").check();
      await page.getByLabel("Card number").fill("4000 0000 0000 0002");
      await page.getByRole("button", { name: /^Pay / }).click();
      await expect(page.getByLabel("Card number")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("This card was declined. Try another card.")).toBeVisible();
      await expect(page.getByRole("alert").filter({ hasText: /declined/i })).toContainText(/still held/i);
      await expect(page).toHaveURL(payUrl);

      await page.getByLabel("Card number").fill("4242 4242 4242 4242");
      await page.getByRole("button", { name: /^Pay / }).click();
      await expect(page).toHaveURL(payUrl.replace(/\/pay$/, "/confirmation"));
      await expect(page.getByRole("heading", { name: "Booking confirmed" })).toBeVisible();
    });
  });

  test("seats a visitor picks on the cabin map are kept through sign-in", async ({ page }) => {
    await page.goto("/?destination=mars");
    await page
      .getByRole("link", { name: /^Mars · Aurora Heavy/ })
      .first()
      .click();
    await expect(page.getByRole("list", { name: "Row 1" })).toBeVisible();
    await expect(page.getByText(/flies this launch once at least \d+ seats are paid for/)).toBeVisible();
    await page.getByRole("button", { name: "Seat 21, free" }).click();
    await page.getByRole("button", { name: "Seat 22, free" }).click();
    await page.getByRole("link", { name: "Sign in to book" }).click();
    await expect(page).toHaveURL(/callbackUrl=.*seats%3D21%2C22/);
    await page.getByLabel("Email").fill(DEMO.traveler);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/launches\/.*\?seats=21,22$/);
    await expect(page.getByRole("button", { name: "Seat 21, selected" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "Seat 22, selected" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByLabel("Passenger 2 name")).toBeVisible();
  });
});
