import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { addressKey, clientAddress, proxyTrustFromEnv } from "./client-ip";

const xff = (value: string, extra: Record<string, string> = {}) => new Headers({ "x-forwarded-for": value, ...extra });

describe("clientAddress with no trusted proxy (TRUST_PROXY_HOPS=0)", () => {
  const trust = { hops: 0 };

  it("counts the connection's own address, the entry the server appended last", () => {
    expect(clientAddress(xff("198.51.100.23"), trust)).toBe("198.51.100.23");
  });

  it("ignores every address the client wrote in front of it", () => {
    expect(clientAddress(xff("1.2.3.4, 5.6.7.8, 198.51.100.23"), trust)).toBe("198.51.100.23");
  });

  it("ignores x-real-ip, which a client can send too", () => {
    expect(clientAddress(xff("198.51.100.23", { "x-real-ip": "9.9.9.9" }), trust)).toBe("198.51.100.23");
  });

  it("says unknown when there is no address at all", () => {
    expect(clientAddress(new Headers(), trust)).toBe("unknown");
  });
});

describe("clientAddress behind trusted proxies", () => {
  it("with one hop, takes the address the proxy appended, never the client's left-most entry", () => {
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9, 10.0.0.2"), { hops: 1 })).toBe("203.0.113.9");
  });

  it("with two hops, counts from the right past both proxies", () => {
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9, 10.0.0.1, 10.0.0.2"), { hops: 2 })).toBe("203.0.113.9");
  });

  it("falls back to the connection's address when the chain is shorter than the hops", () => {
    expect(clientAddress(xff("6.6.6.6, 10.0.0.2"), { hops: 3 })).toBe("10.0.0.2");
  });

  it("skips empty entries and spaces", () => {
    expect(clientAddress(xff(" 6.6.6.6 ,, 203.0.113.9 ,10.0.0.2"), { hops: 1 })).toBe("203.0.113.9");
  });

  it("on Vercel, takes x-real-ip and ignores X-Forwarded-For", () => {
    const headers = xff("6.6.6.6", { "x-real-ip": "203.0.113.9" });
    expect(clientAddress(headers, { vercel: true })).toBe("203.0.113.9");
    expect(clientAddress(xff("6.6.6.6"), { vercel: true })).toBe("unknown");
  });
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2::9", "2001:db8:1:2::/64"],
    ["[2001:db8::1]:443", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::192.0.2.33", "64:ff9b:0:0::/64"],
  ])("keys %s as %s", (raw, key) => {
    expect(addressKey(raw)).toBe(key);
  });

  it("puts every address of one IPv6 /64 in one bucket", () => {
    expect(addressKey("2001:db8:aa:bb::1")).toBe(addressKey("2001:db8:aa:bb:ffff:ffff:ffff:fffe"));
  });

  it("bounds what a proxy wrote that is no address", () => {
    expect(addressKey("x".repeat(500))).toHaveLength(64);
  });
});

describe("TRUST_PROXY_HOPS and TRUST_PROXY settings", () => {
  const base = {
    NODE_ENV: "production" as const,
    AUTH_SECRET: "s".repeat(32),
    CRON_SECRET: "c".repeat(16),
    DATABASE_URL: "postgres://h/db",
  };

  it("defaults to no trusted proxy", () => {
    expect(proxyTrustFromEnv(parseEnv(base))).toEqual({ hops: 0 });
  });

  it("reads a hop count and the Vercel mode", () => {
    expect(proxyTrustFromEnv(parseEnv({ ...base, TRUST_PROXY_HOPS: "1" }))).toEqual({ hops: 1 });
    expect(proxyTrustFromEnv(parseEnv({ ...base, TRUST_PROXY: "vercel" }))).toEqual({ vercel: true });
  });

  it("refuses a negative or fractional count, an unknown mode, and both at once", () => {
    expect(() => parseEnv({ ...base, TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => parseEnv({ ...base, TRUST_PROXY_HOPS: "1.5" })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => parseEnv({ ...base, TRUST_PROXY: "cloudflare" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ ...base, TRUST_PROXY: "vercel", TRUST_PROXY_HOPS: "1" })).toThrow(/not both/);
  });
});
