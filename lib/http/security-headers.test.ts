import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, needsNonce, staticSecurityHeaders } from "./security-headers";

describe("needsNonce", () => {
  it("gives a nonce to the pages rendered per request", () => {
    expect(needsNonce("/traveler", true, null)).toBe(true);
    expect(needsNonce("/login", false, null)).toBe(true);
    expect(needsNonce("/register/check-email", false, null)).toBe(true);
    expect(needsNonce("/", false, null)).toBe(true);
  });
  it("never to a cached public page, which is the same bytes for everyone", () => {
    expect(needsNonce("/", false, "/catalogue/1")).toBe(false);
    expect(needsNonce("/", false, "/catalogue/filtered/destination%3Dmars")).toBe(false);
    expect(needsNonce("/launches/some-slug", false, null)).toBe(false);
    expect(needsNonce("/catalogue/2", false, null)).toBe(false);
    expect(needsNonce("/catalogue/filtered/sort%3Dprice", false, null)).toBe(false);
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
