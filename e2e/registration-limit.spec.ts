// Registration is limited per client IP (lib/auth/rules.ts): the API answers 429 with
// Retry-After, the form shows the reason. Each test uses an address of its own.
import { expect, test } from "@playwright/test";
import { freshIp, travelerBody } from "./api/auth-helpers";

const LIMIT = 10; // REGISTRATION_MAX_PER_IP

test("the API answers 429 rate_limited with Retry-After once an IP has registered 10 times in an hour", async ({
  request,
}) => {
  const ip = freshIp();
  // A taken email counts as an attempt too.
  const first = travelerBody();
  expect(
    (await request.post("/api/v1/auth/register", { data: first, headers: { "X-Forwarded-For": ip } })).status(),
  ).toBe(201);
  expect(
    (await request.post("/api/v1/auth/register", { data: first, headers: { "X-Forwarded-For": ip } })).status(),
  ).toBe(409);
  for (let i = 2; i < LIMIT; i++) {
    const response = await request.post("/api/v1/auth/register", {
      data: travelerBody(),
      headers: { "X-Forwarded-For": ip },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  const blocked = await request.post("/api/v1/auth/register", {
    data: travelerBody(),
    headers: { "X-Forwarded-For": ip },
  });
  expect(blocked.status()).toBe(429);
  expect(blocked.headers()["content-type"]).toContain("application/problem+json");
  const retryAfter = Number(blocked.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(3500);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  expect(await blocked.json()).toMatchObject({
    status: 429,
    code: "rate_limited",
    detail: expect.stringMatching(/Too many registrations/),
  });

  // Another address registers as usual.
  expect(
    (
      await request.post("/api/v1/auth/register", { data: travelerBody(), headers: { "X-Forwarded-For": freshIp() } })
    ).status(),
  ).toBe(201);
});

test("the registration form says why it refuses, once the IP has used its registrations", async ({ page, request }) => {
  const ip = freshIp();
  for (let i = 0; i < LIMIT; i++) {
    expect(
      (
        await request.post("/api/v1/auth/register", { data: travelerBody(), headers: { "X-Forwarded-For": ip } })
      ).status(),
    ).toBe(201);
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  // A phone: the form is long, so the message must come into view by itself.
  await page.setViewportSize({ width: 375, height: 700 });
  const body = travelerBody();
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Rita Limit");
  await page.getByLabel("Email").fill(body.email);
  await page.getByLabel("Password").fill(body.password);
  await page.getByLabel("Phone").fill(body.traveler.phone);
  await page.getByLabel("Postal address").fill(body.traveler.address);
  await page.getByLabel("Country").selectOption(body.traveler.country);
  await page.getByLabel("Tax id").fill(body.traveler.taxId);
  await page.getByLabel("Date of birth").fill(body.traveler.dateOfBirth);
  await page.getByRole("button", { name: "Create traveler account" }).click();
  const message = page
    .getByRole("alert")
    .filter({ hasText: /Too many registrations from your network\. Try again in \d+ minutes?\./ });
  await expect(message).toBeVisible();
  await expect(message).toBeInViewport();
  await expect(page).toHaveURL(/\/register$/);
});
