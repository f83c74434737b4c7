import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// axe-core on the main page of each audience: no serious or critical violations.
async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(blocking, `${path}: ${blocking.join("\n")}`).toEqual([]);
}

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
    test(`${who} area`, async ({ page }) => {
      await signIn(page, DEMO[who]);
      for (const path of paths) await expectAccessible(page, path);
    });
  }
});
