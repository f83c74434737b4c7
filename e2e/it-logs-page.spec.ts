// The /it/logs page as an IT employee in Tokyo sees it: times in their own zone, a custom
// range typed in local time that means the same instants in the URL, and job runs (debug)
// left out until asked for.
import { expect, test, type Page } from "@playwright/test";
import { bearer, tokenFor } from "./api/auth-helpers";
import { runSyncWorker } from "./api/it-helpers";
import { authFile, DEMO, DEMO_PASSWORD, signIn } from "./fixtures";

const ZONE = "Asia/Tokyo"; // UTC+9 all year: a wrong conversion is nine hours off
test.use({ timezoneId: ZONE, locale: "en-US" });

const pad = (n: number) => String(n).padStart(2, "0");
/** A datetime-local value of an instant in Tokyo. */
function tokyoInput(date: Date): string {
  const t = new Date(date.getTime() + 9 * 3600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
const normalise = (s: string) => s.replace(/[\u202f\u00a0]/g, " ").trim();

async function failSignIn(page: Page): Promise<string> {
  const email = `tz-intruder-${Date.now().toString(36)}@example.test`;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login/);
  return email;
}

test("times show in the viewer's zone, and a custom range typed in local time finds the entry", async ({ page }) => {
  const email = await failSignIn(page);
  await signIn(page, DEMO.it);

  // The instant as stored (UTC), read through the API.
  const auth = bearer(await tokenFor(page.request, DEMO.it, DEMO_PASSWORD));
  const listed = await (
    await page.request.get(`/api/v1/it/logs?actor=${encodeURIComponent(email)}`, { headers: auth })
  ).json();
  const at = new Date(listed.items[0].at as string);

  await page.goto("/it/logs");
  await expect(page.getByLabel(/^From \(your time, Asia\/Tokyo, GMT\+09:00\)/)).toBeVisible();
  await page.getByLabel("Actor or process").fill(email);
  // A range of a few minutes around the entry, typed in Tokyo time.
  await page.getByLabel(/^From/).fill(tokyoInput(new Date(at.getTime() - 5 * 60_000)));
  await page.getByLabel(/^To/).fill(tokyoInput(new Date(at.getTime() + 5 * 60_000)));
  await expect(page.getByLabel("Time range")).toHaveValue("custom");
  await page.getByRole("button", { name: "Apply filters" }).click();

  // The URL holds UTC instants, and the page took them as the custom range.
  const url = new URL(page.url());
  expect(url.searchParams.get("from")).toBe(
    new Date(Math.floor((at.getTime() - 5 * 60_000) / 60_000) * 60_000).toISOString(),
  );
  await expect(page.getByLabel("Time range")).toHaveValue("custom");
  await expect(page.getByLabel(/^From/)).toHaveValue(tokyoInput(new Date(at.getTime() - 5 * 60_000)));
  await expect(page.getByRole("status").filter({ hasText: "1 matching entry" })).toBeVisible();

  // The row's time is Tokyo time (with seconds), the UTC instant in its tooltip.
  const time = page.getByRole("row").filter({ hasText: email }).locator("time");
  const expected = at.toLocaleString("en-US", {
    timeZone: ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
  });
  expect(normalise(await time.innerText())).toBe(normalise(expected));
  await expect(time).toHaveAttribute("datetime", listed.items[0].at);

  // The same range nine hours later (what reading Tokyo time as UTC would give) finds nothing.
  const shifted = new URL(page.url());
  shifted.searchParams.set("from", new Date(at.getTime() + 9 * 3600_000 - 5 * 60_000).toISOString());
  shifted.searchParams.set("to", new Date(at.getTime() + 9 * 3600_000 + 5 * 60_000).toISOString());
  await page.goto(shifted.pathname + shifted.search);
  await expect(page.getByText("No log entry matches this filter")).toBeVisible();

  // Choosing a preset again clears the custom dates.
  await page.getByLabel("Time range").selectOption("24h");
  await expect(page.getByLabel(/^From/)).toHaveValue("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 matching entry" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("preset")).toBe("24h");
});

test.describe("as the demo IT employee", () => {
  test.use({ storageState: authFile("it") });
  test("job runs (debug) are left out by default and shown with any level", async ({ page }) => {
    await runSyncWorker(page.request); // one `job.sync` run, logged at debug
    await page.goto("/it/logs?event=job.sync");
    await expect(page.getByLabel("Level")).toHaveValue("info,warn,error");
    await expect(page.getByText("No log entry matches this filter")).toBeVisible();
    await page.getByLabel("Level").selectOption({ label: "Any level, including debug" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: "job.sync" }).first()).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "job.sync" }).first()).toContainText("debug");
  });
});
