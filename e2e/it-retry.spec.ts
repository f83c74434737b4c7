// An IT employee sends failed notifications again: Retry (same address, attempts kept) and
// "Edit recipient and resend"; the dispatcher then delivers both.
import { expect, test, type Page } from "@playwright/test";
import { cronSecret } from "./api/it-helpers";
import { authFile } from "./fixtures";

// Any failed row will do: other specs mark or delete some of the demo's failed mails, so this one
// takes whichever is first in the list rather than a fixed recipient.
async function openFailed(page: Page): Promise<void> {
  await page.goto("/it/notifications?status=failed");
  const rows = page.getByRole("table", { name: "Notifications" }).getByRole("row");
  await rows.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Send again" })).toBeVisible();
}

const detail = (page: Page, term: string) => page.locator("dt", { hasText: term }).locator("+ dd");

test.use({ storageState: authFile("it") });

test("a failed notification is retried (attempts kept) or resent to a corrected address, then sent", async ({
  page,
  request,
}) => {
  await page.goto("/it");
  await expect(page.getByRole("list", { name: "Health" })).toContainText("Mail service");

  await openFailed(page);
  const typoUrl = page.url();
  await page.getByRole("button", { name: "Edit recipient and resend" }).click();
  await page.getByLabel("New recipient").fill("fixed@astrobookings.test");
  await page.getByRole("button", { name: "Resend to this address" }).click();
  // Back in the queue (the embedded scheduler may already have sent it).
  await expect(detail(page, "Status")).toHaveText(/^(pending|sending|sent)$/);
  await expect(detail(page, "Recipient")).toHaveText("fixed@astrobookings.test");

  await openFailed(page);
  const retryUrl = page.url();
  const attempts = (await detail(page, "Attempts").textContent())!.trim();
  await page.getByRole("button", { name: "Retry" }).click();
  // Back in the queue (the embedded scheduler may already have sent it).
  await expect(detail(page, "Status")).toHaveText(/^(pending|sending|sent)$/);
  await expect(detail(page, "Attempts")).toHaveText(attempts);

  const run = await request.get("/api/cron/notifications", { headers: { Authorization: `Bearer ${cronSecret()}` } });
  expect(run.status(), await run.text()).toBe(200);
  for (const url of [retryUrl, typoUrl]) {
    await page.goto(url);
    await expect(detail(page, "Status")).toHaveText("sent");
  }
});
