// Journey: a visitor registers as a traveler, confirms the email from the mail, signs in and out.
import { expect, test } from "@playwright/test";
import { freshIp, linkFromMailbox, PASSWORD, uniqueEmail } from "./api/auth-helpers";
import { DEMO, openAccountMenu, signIn } from "./fixtures";

test("register a traveler → confirm the email → sign in → sign out", async ({ page, request }) => {
  const email = uniqueEmail("journey");
  await page.goto("/register");
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "I run an agency" })).toBeVisible();
  await expect(page.getByText(/employee/i)).toHaveCount(0);

  // An invalid form first: errors appear next to their fields.
  await page.getByRole("button", { name: "Create traveler account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  await page.getByLabel("Full name").fill("Jo Journey");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password123");
  await page.getByLabel("Phone").fill("12");
  await page.getByLabel("Postal address").fill("Calle Mayor 1, 28013 Madrid");
  await page.getByLabel("Country").selectOption("ES");
  await page.getByLabel("Tax id").fill("12345678A");
  await page.getByLabel("Date of birth").fill("2015-06-01");
  await page.getByRole("button", { name: "Create traveler account" }).click();
  await expect(page.locator("#password-error")).toHaveText(/too common/);
  await expect(page.locator("#phone-error")).toHaveText(/valid phone/);
  await expect(page.locator("#taxId-error")).toHaveText(/not a valid tax id/);
  await expect(page.locator("#dateOfBirth-error")).toHaveText(/18 to 70/);
  await expect(page.getByLabel("Tax id")).toHaveAttribute("aria-invalid", "true");
  // Focus goes to the first field in error, wherever the check ran (browser or server).
  await expect(page.getByLabel("Password")).toBeFocused();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Phone").fill("+34 612 345 678");
  await page.getByLabel("Tax id").fill("12345678Z");
  await page.getByLabel("Date of birth").fill("1990-04-12");
  await page.getByRole("button", { name: "Create traveler account" }).click();
  await expect(page).toHaveURL(/\/register\/check-email/);
  await expect(page.getByText(email)).toBeVisible();

  // The confirmation mail, as delivered to the built-in mailbox.
  const link = await linkFromMailbox(request, email, /\/confirm-email\?token=[\w%-]+/);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
  await page.goto(link);
  await expect(page.getByText(/already been used/)).toBeVisible();

  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/traveler$/);
  await expect(page.getByText("Please confirm your email address")).toHaveCount(0);

  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await page.goto("/traveler");
  await expect(page).toHaveURL(/\/login/);
});

test("an unverified user sees the banner and can ask for a new link", async ({ page, request }) => {
  const email = uniqueEmail("unverified");
  const created = await request.post("/api/v1/auth/register", {
    data: {
      email,
      password: PASSWORD,
      name: "Una Verified",
      role: "traveler",
      traveler: {
        phone: "+14155550101",
        country: "US",
        taxId: "123-45-6789",
        address: "1 Market St, San Francisco",
        dateOfBirth: "1985-01-01",
      },
    },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(created.status()).toBe(201);
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/traveler$/);
  await expect(page.getByText("Please confirm your email address")).toBeVisible();
  await page.getByRole("button", { name: "Resend confirmation" }).click();
  await expect(page.getByText("A new link is on its way.")).toBeVisible();
});

test("an IT employee invites a colleague, who registers from the link with the email fixed", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("colleague");
  await signIn(page, DEMO.it);
  await expect(page).toHaveURL(/\/it$/);
  await page.goto("/it/invitations");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption("employee");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const link = await linkFromMailbox(request, email, /\/invitation\/[\w-]+/);
  await page.goto(link);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Full name").fill("Cole League");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/finance$/);
});
