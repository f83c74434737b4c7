import { expect, test, type Page } from "@playwright/test";
import { authFile, signIn, switchTo } from "./fixtures";
import { freshIp, PASSWORD, uniqueEmail } from "./api/auth-helpers";

/** "YYYY-MM-DDTHH:mm" for a datetime-local input, `days` from now in the browser's own zone. */
async function localInput(page: Page, days: number): Promise<string> {
  return page.evaluate((d) => {
    const t = new Date(Date.now() + d * 24 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
  }, days);
}

test.describe("agency console", () => {
  let email: string;

  test.beforeEach(async ({ request, page }) => {
    // A fresh agency per test, so the journey starts from an empty console.
    email = uniqueEmail("agency-ui");
    const response = await request.post("/api/v1/auth/register", {
      data: {
        email,
        password: PASSWORD,
        name: "Ui Agency Ops",
        role: "agency",
        agency: { name: `Ui Agency ${email.split("@")[0]}`, contactEmail: email, country: "US", taxId: "27-1234567" },
      },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(response.status(), await response.text()).toBe(201);
    await signIn(page, email, PASSWORD);
  });

  test("creates a rocket, schedules a launch, sees it in the list, delays it and sees the history", async ({
    page,
  }) => {
    await page.goto("/agency");
    await expect(page.getByText("No launches yet")).toBeVisible();

    await page.getByRole("link", { name: "Rockets" }).click();
    await expect(page.getByText("No rockets yet")).toBeVisible();
    await page.getByRole("link", { name: "Add a rocket" }).first().click();
    const rocketName = `Falcon ${Date.now().toString(36)}`;
    await page.getByLabel("Name").fill(rocketName);
    await page.getByLabel("Capacity (seats)").fill("8");
    await page.getByLabel("Range").selectOption("moon");
    await page.getByRole("button", { name: "Add rocket" }).click();
    await expect(page).toHaveURL(/\/agency\/rockets\?created=1/);
    await expect(page.getByRole("list", { name: "Rockets" })).toContainText(rocketName);

    await page.getByRole("link", { name: "Schedule a launch" }).first().click();
    await expect(page.getByLabel("Rocket")).toContainText(rocketName);
    // Destinations follow the rocket's range (moon: no Mars).
    await expect(page.getByLabel("Destination").locator("option")).toHaveText([
      "Suborbital",
      "Low Earth orbit",
      "ISS",
      "Moon",
    ]);
    await expect(page.getByText("Leave empty for the default: 5 of 8 seats (60 %).")).toBeVisible();
    await page.getByLabel("Destination").selectOption("moon");
    await page.getByLabel("Spaceport").fill("Cape Canaveral");
    await page.getByLabel("Launch date and time").fill(await localInput(page, 30));
    await page.getByLabel("Price per seat (USD)").fill("250000.50");
    await page.getByRole("button", { name: "Schedule launch" }).click();
    await expect(page).toHaveURL(/\/agency\/launches\/[0-9a-f-]+\?scheduled=1/);
    const title = `Moon · ${rocketName} · Cape Canaveral`;
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByText("$250,000.50")).toBeVisible();
    await expect(page.getByText("0 / 8 seats · 0 % · minimum 5")).toBeVisible();

    await page.getByRole("link", { name: "Overview" }).click();
    const list = page.getByRole("list", { name: "Launches" });
    await expect(list.getByRole("link", { name: title })).toBeVisible();
    await expect(list).toContainText("Below minimum");
    // Filters live in the URL.
    await page.getByLabel("Viability").selectOption("true");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/viable=true/);
    await expect(page.getByText("No launch matches these filters")).toBeVisible();
    await page.goto("/agency?viable=false");
    await page.getByRole("list", { name: "Launches" }).getByRole("link", { name: title }).click();

    await page.getByLabel("New launch date").fill(await localInput(page, 40));
    await page.getByLabel("Reason for the delay (optional)").fill("Upper-level winds");
    await page.getByRole("button", { name: "Delay launch…" }).click();
    await expect(page.getByRole("group", { name: "Confirm the delay" })).toContainText("only your agency is told");
    await page.getByRole("button", { name: "Yes, delay the launch" }).click();
    await expect(page.getByText("The launch is now delayed.")).toBeVisible();
    const history = page.getByRole("list", { name: "Status history" });
    await expect(history).toContainText("Scheduled → Delayed");
    await expect(history).toContainText("Reason: Upper-level winds");
    await expect(history).toContainText("by Ui Agency Ops");
  });

  test("invalid forms show field errors next to their fields", async ({ page }) => {
    await page.goto("/agency/rockets/new");
    await page.getByLabel("Capacity (seats)").fill("101");
    await page.getByRole("button", { name: "Add rocket" }).click();
    await expect(page.getByText("Enter the rocket's name.")).toBeVisible();
    await expect(page.getByText("A rocket has at most 100 seats.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Name").fill("Tiny");
    await page.getByLabel("Capacity (seats)").fill("2");
    await page.getByLabel("Range").selectOption("suborbital");
    await page.getByRole("button", { name: "Add rocket" }).click();
    await expect(page).toHaveURL(/created=1/);

    // The server's refusal lands next to its field and takes the focus, like the browser's own check.
    await page.goto("/agency/rockets/new");
    await page.getByLabel("Name").fill("tiny");
    await page.getByLabel("Capacity (seats)").fill("3");
    await page.getByRole("button", { name: "Add rocket" }).click();
    await expect(page.locator("#name-error")).toHaveText("You already have a rocket with this name.");
    await expect(page.getByLabel("Name")).toBeFocused();

    await page.goto("/agency/launches/new");
    await page.getByLabel("Price per seat (USD)").fill("12.345");
    await page.getByRole("button", { name: "Schedule launch" }).click();
    await expect(page.getByText("Enter the spaceport (launch site name).")).toBeVisible();
    await expect(page.getByText("Enter an amount in dollars, like 250000 or 1999.99.")).toBeVisible();

    // The 24 h rule is the server's: its answer lands next to the date field.
    await page.getByLabel("Spaceport").fill("Spaceport America");
    await page.getByLabel("Price per seat (USD)").fill("1000");
    await page.getByLabel("Launch date and time").fill(await localInput(page, 0.5));
    await page.getByRole("button", { name: "Schedule launch" }).click();
    await expect(page.locator("#date-error")).toHaveText("A launch must be at least 24 hours in the future.");
    await expect(page.getByLabel("Launch date and time")).toBeFocused();
  });
});

test.describe("agency console with the demo data", () => {
  test.use({ storageState: authFile("agency") });

  test("bookings report with CSV download, refused rocket delete, profile edit, and another agency's launch is not found", async ({
    page,
  }) => {
    await page.goto("/agency?status=successful");
    await page.getByRole("list", { name: "Launches" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/agency\/launches\/[0-9a-f-]+$/);
    const launchUrl = page.url();
    await expect(page.getByText("This launch is successful; its status can no longer change.")).toBeVisible();
    await page.getByRole("link", { name: "Bookings report" }).click();
    await expect(page.getByRole("heading", { name: "Bookings report" })).toBeVisible();
    await expect(page.getByText("Revenue", { exact: true })).toBeVisible();
    const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.body()).toString("utf8").startsWith("\uFEFFreference,")).toBe(true);

    await page.goto("/agency/rockets");
    await page.getByRole("button", { name: "Delete Horizon Hopper" }).click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "scheduled or delayed launch" })).toBeVisible();

    await page.goto("/agency/profile");
    await page.getByLabel("Tax id").fill("123");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("#taxId-error")).not.toBeEmpty();
    await page.getByLabel("Tax id").fill("27-1234567");
    await page.getByLabel("Description (optional)").fill("Crewed flights from Florida, now with window seats.");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Profile saved.")).toBeVisible();

    await switchTo(page, "agency2");
    await page.goto(launchUrl);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    const other = await page.request.get(`${launchUrl}/report/bookings.csv`);
    expect(other.status()).toBe(404);
  });
});
