import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, defaultCataloguePage, needsNonce, staticSecurityHeaders } from "./security-headers";

describe("defaultCataloguePage", () => {
  const page = (q: string) => defaultCataloguePage(new URLSearchParams(q));
  it("serves `/`, its pages and the empty filter form from the cached catalogue", () => {
    expect(page("")).toBe(1);
    expect(page("page=3")).toBe(3);
    expect(page("destination=&agencyId=&sort=date&order=asc&page=2")).toBe(2);
  });
  it("renders any real filter, another order or a malformed page per request", () => {
    expect(page("destination=moon")).toBeNull();
    expect(page("sort=price")).toBeNull();
    expect(page("order=desc")).toBeNull();
    expect(page("page=0")).toBeNull();
    expect(page("page=abc")).toBeNull();
    expect(page("utm_source=x")).toBeNull();
  });
});

describe("needsNonce", () => {
  it("gives a nonce to the pages rendered per request", () => {
    expect(needsNonce("/traveler", true, null)).toBe(true);
    expect(needsNonce("/login", false, null)).toBe(true);
    expect(needsNonce("/register/check-email", false, null)).toBe(true);
    expect(needsNonce("/", false, null)).toBe(true);
  });
  it("never to a cached public page, which is the same bytes for everyone", () => {
    expect(needsNonce("/", false, 1)).toBe(false);
    expect(needsNonce("/launches/some-slug", false, null)).toBe(false);
    expect(needsNonce("/catalogue/2", false, null)).toBe(false);
    expect(needsNonce("/no-such-page", false, null)).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("with a nonce: only this response's scripts, and what they load", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline'; default");
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"])
      expect(csp).toContain(d);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });
  it("without one for cached pages; https upgrades requests and adds HSTS", () => {
    expect(contentSecurityPolicy({ https: true })).toMatch(
      /^script-src 'self' 'unsafe-inline';.*upgrade-insecure-requests$/,
    );
    expect(staticSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(staticSecurityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
  });
});
