// IT operations journeys: find a failed sign-in in the logs and export it; run a full
// sync and watch it reach 100 %; an employee is refused.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { runSyncWorker } from "./api/it-helpers";
import { authFile, DEMO, openAccountMenu, signIn } from "./fixtures";

test("an IT employee filters the logs by a failed sign-in's email, opens the entry and downloads the CSV", async ({
  page,
}) => {
  const email = `intruder-${Date.now().toString(36)}@example.test`;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, DEMO.it);
  await page.goto("/it/logs");
  await page.getByLabel("Actor or process").fill(email);
  await page.getByLabel("Level").selectOption("warn");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 matching entry" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("auth.sign_in_failed");

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Log entry \d+/ })).toBeVisible();
  await expect(page.getByText("auth.sign_in_failed").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Every entry of request/ })).toBeVisible();

  await page.goBack();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("event");
  expect(csv).toContain(email);
});

test.describe("as the demo IT employee", () => {
  test.use({ storageState: authFile("it") });
  test("an IT employee starts a full sync and watches it reach 100 %", async ({ page }) => {
    await page.goto("/it/sync");
    await expect(page.getByLabel("All data sets")).toBeChecked();
    await page.getByLabel("Full (compare everything)").check();
    await page.getByRole("button", { name: "Start sync" }).click();
    await expect(page.getByText("Sync queued.")).toBeVisible();
    const card = page
      .getByTestId("sync-job")
      .filter({ hasText: "full sync of users, agencies, rockets, launches, bookings, invoices" })
      .first();
    await expect(card).toBeVisible();
    // Work the job now rather than wait for the embedded scheduler; the page polls on its own.
    await expect
      .poll(async () => {
        await runSyncWorker(page.request);
        return card.getByTestId("sync-percent").textContent();
      })
      .toBe("100 %");
    await expect(card.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    await expect(card).toContainText("succeeded");
    await card.getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Sync job · full" })).toBeVisible();
    await expect(page.getByText("No conflicts")).toBeVisible();
  });

  test("the live sync panel says when its polls fail and clears it when they answer again", async ({ page }) => {
    await page.goto("/it/sync");
    const status = page.getByTestId("sync-live-status");
    await expect(status).toHaveAttribute("role", "status");
    await expect(status).toHaveText("");
    await page.route("**/it/sync/live**", (route) => route.abort("internetdisconnected"));
    await expect(page.getByRole("status").filter({ hasText: "Connection lost — retrying…" })).toBeVisible();
    await page.unroute("**/it/sync/live**");
    await expect(status).toHaveText("");
    await expect(page.getByText("Connection lost — retrying…")).toHaveCount(0);
    // A failing answer (not JSON, or an error status) counts as lost too.
    await page.route("**/it/sync/live**", (route) => route.fulfill({ status: 503, body: "down" }));
    await expect(status).toHaveText("Connection lost — retrying…");
    await page.unroute("**/it/sync/live**");
    await expect(status).toHaveText("");
  });
});

// Every IT page and the page-side routes (IT only): signed out → sign in;
// employee, agency and traveler → refused. The API routes are in e2e/api/it-*.spec.ts.
const NOBODY = "00000000-0000-4000-8000-000000000000";
const IT_PAGES = ["/it/logs", "/it/logs/1", "/it/sync", `/it/sync/${NOBODY}`];
const IT_ROUTES = [
  "/it/logs/export?format=csv",
  "/it/logs/export?format=json",
  "/it/sync/live",
  `/it/sync/live?id=${NOBODY}`,
];

test("signed out, every IT page and route sends to sign in", async ({ page }) => {
  for (const path of IT_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(
      new RegExp(`/login\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    );
  }
  for (const path of IT_ROUTES) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain("/login?callbackUrl=");
  }
});

for (const [role, who] of [
  ["employee", "an employee"],
  ["agency", "an agency"],
  ["traveler", "a traveler"],
] as const) {
  test.describe(() => {
    test.use({ storageState: authFile(role) });
    test(`${who} sent to /it/logs and /it/sync is refused, pages and routes`, async ({ page }) => {
      for (const path of IT_PAGES) {
        await page.goto(path);
        await expect(page, path).toHaveURL(/\/forbidden$/);
      }
      for (const path of IT_ROUTES) {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(403);
        expect((await response.json()).code, path).toBe("forbidden");
      }
    });
  });
}

test("a revoked session the proxy still lets through is refused by the pages and routes themselves", async ({
  page,
  context,
}) => {
  await signIn(page, DEMO.it);
  const cookies = await context.cookies();
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  // Put the old JWT back: it still decodes (proxy.ts lets it pass), but its session row is revoked.
  await context.addCookies(cookies);
  for (const path of IT_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login\?callbackUrl=/);
  }
  for (const path of IT_ROUTES) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect((await response.json()).code, path).toBe("unauthorized");
  }
});
