// Journeys of an IT employee with the notification queue and the service status page.
import { expect, test, type Page } from "@playwright/test";
import { bearer, freshIp, tokenFor, travelerBody, uniqueEmail } from "./api/auth-helpers";
import { cronSecret } from "./api/it-helpers";
import { authFile, DEMO, DEMO_PASSWORD } from "./fixtures";

const countOf = async (page: Page, status: string) =>
  Number(await page.getByTestId(`count-${status}`).getByLabel(`${status} total`).textContent());

test.use({ storageState: authFile("it") });

test("IT filters the queue, deletes a notification and sees the counts change", async ({ page }) => {
  await page.goto("/it");
  await page.getByRole("navigation", { name: "IT console" }).getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const failedBefore = await countOf(page, "failed");
  const deletedBefore = await countOf(page, "deleted");
  expect(failedBefore).toBeGreaterThan(0);

  // Filter: failed notifications, most attempts first; the filters land in the URL.
  await page.getByLabel("Status", { exact: true }).selectOption("failed");
  await page.getByLabel("Sort by").selectOption("attempts");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=failed/);
  await expect(page).toHaveURL(/sort=attempts/);
  const rows = page.getByRole("table", { name: "Notifications" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("failed");
  await expect(
    page.getByRole("table", { name: "Notifications" }).getByText(/^(pending|sent|sending|deleted)$/),
  ).toHaveCount(0);

  // Open one: the rendered mail, its attempts and the last error.
  await rows.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Attempts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Last error" })).toBeVisible();
  // The preheader repeats the brand in a hidden div; the visible header is what a reader sees.
  await expect(page.frameLocator("iframe").getByText("AstroBookings").filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Plain-text part" })).toBeVisible();

  // Delete, with a confirmation step (cancel first: nothing changes).
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Yes, delete it" })).toHaveCount(0);
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("deleted", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Change by hand" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Back to the notifications" }).click();
  await expect.poll(() => countOf(page, "deleted")).toBe(deletedBefore + 1);
  expect(await countOf(page, "failed")).toBe(failedBefore - 1);
});

test("the status page shows live numbers change after a dispatch", async ({ page, request }) => {
  await page.goto("/it/notifications/status");
  await expect(page.getByRole("heading", { name: "Notification service status" })).toBeVisible();
  await expect(page.getByTestId("provider")).toHaveText("Built-in mailbox");
  await expect(page.getByRole("table", { name: "Verdict thresholds" })).toBeVisible();
  const sentBefore = Number(await page.getByTestId("sent-hour").textContent());

  // New mail queued through the API, then one dispatch through the cron route.
  for (let i = 0; i < 2; i++) {
    const res = await request.post("/api/v1/auth/register", {
      data: travelerBody(uniqueEmail("live")),
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(res.status()).toBe(201);
  }
  const run = await request.get("/api/cron/notifications", { headers: { Authorization: `Bearer ${cronSecret()}` } });
  expect(run.status()).toBe(200);

  // No reload: the page polls and the number grows.
  await expect
    .poll(async () => Number(await page.getByTestId("sent-hour").textContent()), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(sentBefore + 2);
  await expect(page.getByTestId("last-send")).not.toHaveText("never");
  await expect(page.getByTestId("last-run")).not.toHaveText("never");
  // The IT API agrees with the page.
  const token = await tokenFor(request, DEMO.it, DEMO_PASSWORD);
  const status = await (
    await request.get("/api/v1/it/notifications/service-status", { headers: bearer(token) })
  ).json();
  expect(status.lastHour.sent).toBeGreaterThanOrEqual(sentBefore + 2);
});
