import path from "node:path";
import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Each checkout (and each parallel e2e run) may build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite resolves its wasm with URLs that the bundler breaks; argon2 is native.
  serverExternalPackages: ["@electric-sql/pglite", "argon2", "pino", "@react-pdf/renderer", "redis"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Next hashes every cached page's whole HTML on every hit for its ETag (the largest single
  // cost of serving the 60 kB catalogue from the cache under load). The cached pages are made
  // again every few seconds, and a CDN keys on s-maxage; the API sets its own strong ETags.
  generateEtags: false,
  // Next's own cache plus tag invalidations shared through Redis when REDIS_URL is set
  // (docs/performance.md). Loaded at run time, outside the bundle.
  cacheHandler: path.join(process.cwd(), "cache-handler.mjs"),
  // A cached page may be served stale while it is made again for at most this long (seconds);
  // past it, the next request waits for a fresh render. With the pages' 3 s revalidate, no
  // instance serves a page older than 5 s (docs/performance.md).
  expireTime: 5,
  // Files the proxy does not see (/_next/static, robots.txt, sitemap.xml…) carry these too;
  // the proxy adds HSTS (it depends on APP_URL at run time) and the CSP.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(staticSecurityHeaders(false)).map(([key, value]) => ({ key, value })),
      },
      // The public launch reads of the API skip the proxy too: JSON that must never run as a page.
      {
        source: "/api/v1/launches/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
