import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// Every response carries the security headers, and no page of any role breaks under the
// Content-Security-Policy: each page is visited (the area's links, followed two levels deep)
// and any CSP violation the browser reports fails the test.
const MAX_PAGES = 40;
const SKIP = /\/(csv|pdf|export)(\?|$)|\/api\/|\.csv|signout|logout/;

/** Collects CSP violations the browser reports on this page (console and the DOM event). */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy|violates the following/i.test(m.text()))
      violations.push(`${page.url()}: ${m.text()}`);
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violated: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

function expectSecurityHeaders(headers: Record<string, string>, path: string) {
  expect(headers["content-security-policy"], path).toMatch(/object-src 'none'/);
  expect(headers["content-security-policy"], path).toMatch(/base-uri 'none'/);
  expect(headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
  expect(headers["content-security-policy"], path).toMatch(/form-action 'self'/);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
}

/** Visits `start` and the same-origin links under `scope`, two levels deep; returns the paths seen. */
async function crawl(page: Page, start: string[], scope: RegExp): Promise<string[]> {
  const seen = new Set<string>();
  let frontier = start;
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: string[] = [];
    for (const path of frontier) {
      if (seen.has(path) || seen.size >= MAX_PAGES) continue;
      seen.add(path);
      // A file (receipt PDF, calendar file) is fetched, not opened: the browser's PDF viewer
      // would answer the navigation with its own headers instead of ours.
      if (/\.(pdf|ics)$/.test(path)) {
        const file = await page.request.get(path);
        expect(file.status(), path).toBe(200);
        expectSecurityHeaders(file.headers(), path);
        continue;
      }
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      expectSecurityHeaders(response!.headers(), path);
      // Let client components hydrate (charts, the seat map, the mail preview) before moving on.
      await page.waitForLoadState("networkidle");
      const links = await page
        .locator("a[href^='/']")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
      for (const href of links) if (scope.test(href) && !SKIP.test(href) && !seen.has(href)) next.push(href);
    }
    frontier = [...new Set(next)];
  }
  return [...seen];
}

test.describe("security headers and CSP", () => {
  test.setTimeout(240_000);

  test("public pages: headers on every response, a nonce only where the page is rendered per request", async ({
    page,
    request,
  }) => {
    const violations = watchViolations(page);
    const seen = await crawl(
      page,
      ["/", "/?destination=moon", "/login", "/register", "/nope-not-here"],
      /^\/(launches|\?|$)/,
    );
    expect(seen.some((p) => p.startsWith("/launches/"))).toBe(true);
    const cached = await request.get("/");
    expect(cached.headers()["content-security-policy"]).not.toContain("nonce-");
    const dynamic = await request.get("/login");
    expect(dynamic.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    for (const path of ["/robots.txt", "/sitemap.xml", "/api/v1/launches", "/api/health"]) {
      const r = await request.get(path);
      expect(r.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(r.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    }
    // The public launch reads skip the proxy; their JSON still may never run as a page.
    for (const path of ["/api/v1/launches", `/api/v1/launches/${randomUUID()}`]) {
      const r = await request.get(path);
      expect(r.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(violations).toEqual([]);
  });

  const areas = [
    {
      role: "traveler",
      email: DEMO.traveler,
      start: ["/traveler", "/account/password"],
      scope: /^\/(traveler|account)/,
    },
    { role: "agency", email: DEMO.agency, start: ["/agency"], scope: /^\/agency/ },
    {
      role: "employee",
      email: DEMO.employee,
      start: ["/finance", "/finance/reports/annual", "/finance/reports/agencies"],
      scope: /^\/finance/,
    },
    { role: "it", email: DEMO.it, start: ["/it", "/it/mailbox", "/it/sync", "/it/logs"], scope: /^\/it/ },
  ] as const;

  for (const area of areas) {
    test(`${area.role}: every page loads with no CSP violation`, async ({ page }) => {
      const violations = watchViolations(page);
      await signIn(page, area.email);
      const seen = await crawl(page, [...area.start], area.scope);
      expect(seen.length).toBeGreaterThan(1);
      // PDF and CSV downloads: the same headers (a download opens no page to watch).
      const downloads = await page
        .locator("a[href$='/pdf'], a[href$='/csv']")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
      for (const href of downloads.slice(0, 2)) {
        const r = await page.request.get(href);
        expect(r.status(), href).toBe(200);
        expectSecurityHeaders(r.headers(), href);
      }
      expect(violations).toEqual([]);
    });
  }
});
