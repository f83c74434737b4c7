import { test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { authFile, DEMO } from "./fixtures";

// axe-core on the main page of each audience: no serious or critical violations.
test.describe("accessibility (axe-core)", () => {
  test("public pages", async ({ page }) => {
    for (const path of ["/", "/login", "/register"]) await expectAccessible(page, path);
  });

  const areas: [keyof typeof DEMO, string[]][] = [
    ["traveler", ["/traveler"]],
    ["agency", ["/agency", "/agency/rockets", "/agency/profile"]],
    ["employee", ["/finance", "/finance/invoices"]],
    ["it", ["/it", "/it/notifications", "/it/logs", "/it/sync"]],
  ];
  for (const [who, paths] of areas) {
    test.describe(() => {
      test.use({ storageState: authFile(who) });
      test(`${who} area`, async ({ page }) => {
        for (const path of paths) await expectAccessible(page, path);
      });
    });
  }
});
