import "server-only";
import { isIPv4, isIPv6 } from "node:net";
import { getEnv } from "@/lib/env";

/** How far the app trusts forwarding headers (TRUST_PROXY_HOPS / TRUST_PROXY in lib/env.ts). */
export type ProxyTrust = { hops: number } | { vercel: true };

export function proxyTrustFromEnv(env: { TRUST_PROXY_HOPS: number; TRUST_PROXY?: "vercel" }): ProxyTrust {
  return env.TRUST_PROXY === "vercel" ? { vercel: true } : { hops: env.TRUST_PROXY_HOPS };
}

// The longest textual IPv6 address with a zone is well under this; anything longer is junk.
const MAX_ADDRESS_LENGTH = 64;

/** The eight 16-bit groups of an IPv6 address (no zone), or null. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  let text = address;
  const v4 = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const [a, b, c, d] = v4[1].split(".").map(Number);
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const middle = tail === undefined ? [] : new Array(8 - left.length - right.length).fill(0);
  return [...left, ...middle, ...right];
}

/**
 * The key an address is counted under. IPv4 as is (an IPv4-mapped IPv6 address becomes its
 * IPv4 form, as Node reports dual-stack sockets); IPv6 by its /64, because one subscriber
 * gets a whole /64 and could otherwise step through 2^64 addresses to escape a limit.
 */
export function addressKey(raw: string): string {
  const address = raw
    .trim()
    .replace(/^\[(.*)\](:\d+)?$/, "$1")
    .split("%")[0]
    .toLowerCase();
  if (isIPv4(address)) return address;
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  const groups = ipv6Groups(address);
  if (groups)
    return `${groups
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(":")}::/64`;
  // A proxy that writes "host:port" or a name: keep what it wrote, bounded.
  return address.slice(0, MAX_ADDRESS_LENGTH) || "unknown";
}

/**
 * The client's address as the last trusted proxy saw it. X-Forwarded-For is read from the
 * right: entry 0 is the connection's own address, which the production server
 * (scripts/server.mjs) appends as a proxy would; `hops` proxies in front each appended the
 * address they saw, so entry `hops` is the client as the outermost trusted proxy saw it.
 * Entries further left are the client's own words and are never used. A chain shorter
 * than expected did not pass through every trusted proxy: the connection's address is the
 * only entry known to be true then.
 */
export function clientAddress(headers: Headers, trust: ProxyTrust): string {
  if ("vercel" in trust) {
    const real = headers.get("x-real-ip");
    return real ? addressKey(real) : "unknown";
  }
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const index = chain.length - 1 - trust.hops;
  return addressKey(chain[index >= 0 ? index : chain.length - 1]);
}

/** The client's address under the configured proxy trust, for rate limits and logs. */
export function clientIp(headers: Headers): string {
  return clientAddress(headers, proxyTrustFromEnv(getEnv()));
}
