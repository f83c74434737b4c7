// Signs each demo account in once through the real form and saves its browser state, so
// the journeys start signed in (authFile) instead of signing in every test.
import { test as setup } from "@playwright/test";
import { authFile, DEMO, signIn, type DemoAccount } from "./fixtures";

for (const who of Object.keys(DEMO) as DemoAccount[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await signIn(page, DEMO[who]);
    await page.context().storageState({ path: authFile(who) });
  });
}
