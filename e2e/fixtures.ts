import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Cookie, type Page } from "@playwright/test";

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

export type DemoAccount = keyof typeof DEMO;

/**
 * The signed-in browser state of a demo account, saved once per run by the setup project
 * (e2e/auth.setup.ts): `test.use({ storageState: authFile("it") })` starts signed in.
 * A test that signs out or changes the password signs in itself instead: both revoke the
 * session, which would sign every later test out.
 */
export function authFile(who: DemoAccount): string {
  return path.join("e2e", ".auth", `${who}.json`);
}

/** Swaps this browser's session for another demo account's saved one. */
export async function switchTo(page: Page, who: DemoAccount): Promise<void> {
  const state = JSON.parse(readFileSync(authFile(who), "utf8")) as { cookies: Cookie[] };
  await page.context().clearCookies();
  await page.context().addCookies(state.cookies);
}
