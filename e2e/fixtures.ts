import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "astro-demo-2026";
export const DEMO = {
  traveler: "traveler@astrobookings.test",
  vip: "vip@astrobookings.test",
  agency: "ops@orbitalhorizons.test",
  agency2: "ops@lunaexpress.test",
  employee: "finance@astrobookings.test",
  it: "it@astrobookings.test",
} as const;

/** Signs in through the real form. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Opens the header's account menu (role home, change password, sign out). */
export async function openAccountMenu(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).locator("summary").click();
}
