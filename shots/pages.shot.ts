// Screenshots of every page of every role at 1280 and 390 px (screenshots/<role>/<page>-<width>.png),
// each page asserted: no horizontal scroll at 390 px, no serious or critical axe violation.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signIn } from "../e2e/fixtures";
import { OUT_DIR, PUBLIC_PAGES, ROLE_PAGES, type PageSpec, type RoleName } from "./pages";

const WIDTHS = [1280, 390] as const;

async function token(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await request.post("/api/v1/auth/token", { data: { email, password: DEMO_PASSWORD } });
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** The first link on `from` whose path matches `pattern` (ids differ on every seeded database). */
async function discover(page: Page, from: string, pattern: RegExp): Promise<string | null> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((h) => pattern.test(h.split("?")[0])) ?? null;
}

async function shoot(page: Page, role: string, spec: PageSpec, path: string): Promise<void> {
  mkdirSync(`${OUT_DIR}/${role}`, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(path);
    // Live panels (service status, sync) poll every few seconds: never "network idle" for long.
    await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
    await page.screenshot({ path: `${OUT_DIR}/${role}/${spec.name}-${width}.png`, fullPage: true });
    if (width === 390) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect.soft(overflow, `${role} ${path}: scrolls sideways at 390 px by ${overflow} px`).toBeLessThanOrEqual(0);
    }
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
    expect.soft(blocking, `${role} ${path} at ${width} px:\n${blocking.join("\n")}`).toEqual([]);
  }
}

async function shootAll(page: Page, role: string, specs: PageSpec[]): Promise<void> {
  for (const spec of specs) {
    const path = spec.discover ? await discover(page, spec.discover.from, spec.discover.pattern) : spec.path!;
    expect.soft(path, `${role}: no page found for ${spec.name}`).not.toBeNull();
    if (path) await shoot(page, role, spec, path);
  }
}

test("public pages", async ({ page }) => {
  await shootAll(page, "public", PUBLIC_PAGES);
});

for (const role of Object.keys(ROLE_PAGES) as RoleName[]) {
  test(`${role} pages`, async ({ page, request }) => {
    if (role === "traveler") {
      // A running hold, so the payment step has something to show.
      const headers = await token(request, DEMO.traveler);
      const list = await (await request.get("/api/v1/launches?destination=moon")).json();
      await request.post("/api/v1/bookings", { headers, data: { launchId: list.items[0].id, seatCount: 1 } });
    }
    await signIn(page, DEMO[role]);
    await shootAll(page, role, ROLE_PAGES[role]);
  });
}
