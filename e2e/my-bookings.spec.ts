// "My bookings": upcoming trips first, past trips on their own tab, failed attempts nowhere.
import { expect, test } from "@playwright/test";
import { authFile, DEMO, DEMO_PASSWORD } from "./fixtures";

test.use({ storageState: authFile("vip") });

test("past trips and failed attempts stay off the Upcoming tab; expired attempts are not trips", async ({
  page,
  request,
}) => {
  // A failed attempt through the API: a one-step booking whose card is declined holds nothing.
  const token = await request.post("/api/v1/auth/token", { data: { email: DEMO.vip, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await token.json()).accessToken}` };
  const catalogue = await (await request.get("/api/v1/launches?destination=mars")).json();
  const declined = await request.post("/api/v1/bookings", {
    headers,
    data: { launchId: catalogue.items[0].id, seatCount: 1, payment: { cardNumber: "4000 0000 0000 0002" } },
  });
  expect(declined.status()).toBe(402);
  const attempts = await (await request.get("/api/v1/bookings?pageSize=100", { headers })).json();
  const expired = attempts.items.find((b: { status: string }) => b.status === "expired");
  expect(expired).toBeDefined();

  await page.goto("/traveler");
  const upcoming = page.getByRole("list", { name: "Upcoming bookings" });
  await expect(page.getByRole("link", { name: /^Upcoming/ })).toHaveAttribute("aria-current", "page");
  await expect(upcoming).toBeVisible();
  await expect(upcoming).not.toContainText(expired.reference);
  await expect(upcoming).not.toContainText(/Successful|Failed/);
  await expect(upcoming.getByText("Expired", { exact: true })).toHaveCount(0);
  // The next trip comes first: launch dates in ascending order.
  const dates = await upcoming.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
  expect(dates).toEqual([...dates].sort());

  await page.getByRole("link", { name: /^Past/ }).click();
  const past = page.getByRole("list", { name: "Past bookings" });
  await expect(past).toContainText("Successful");
  await expect(past).toContainText("Failed");
  await expect(past).not.toContainText(expired.reference);
  await expect(past.getByText("Expired", { exact: true })).toHaveCount(0);

  // A failed launch says what it means for the money and whom to contact.
  await past.getByRole("listitem").filter({ hasText: "Failed" }).getByRole("link").first().click();
  const outcome = page.getByRole("status").filter({ hasText: "This launch failed." });
  await expect(outcome).toContainText("not refunded automatically");
  await expect(outcome.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
});
