import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isGuardedPath } from "@/lib/auth/auth.config";
import { getEnv } from "@/lib/env";
import { catalogueRoute, isCachedPagePath } from "@/lib/catalogue/route";
import { requestIdFrom } from "@/lib/http/request-id";
import { contentSecurityPolicy, needsNonce, newNonce, staticSecurityHeaders } from "@/lib/http/security-headers";

// A convenience only: it sends signed-out visitors to sign in and tags each request with
// an id. Every page, action and route handler checks the session and role itself.
// It also serves the catalogue (`/` with any query) from its cached pages and sets the
// security headers.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = getEnv().APP_URL.startsWith("https:");
  if (isGuardedPath(pathname)) {
    const token = await getToken({
      req: request,
      secret: getEnv().AUTH_SECRET,
      secureCookie: request.nextUrl.protocol === "https:",
    });
    if (!token?.uid) {
      // Same host the browser used (nextUrl says "localhost" behind -H 127.0.0.1).
      const host = request.headers.get("host") ?? request.nextUrl.host;
      const login = new URL("/login", `${request.nextUrl.protocol}//${host}`);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return withSecurityHeaders(NextResponse.redirect(login), contentSecurityPolicy({ https }), https);
    }
  }
  // Every view of the catalogue is a cached page (lib/catalogue/route.ts).
  const cached = pathname === "/" ? catalogueRoute(request.nextUrl.searchParams) : null;
  if (request.method === "GET" && (cached !== null || isCachedPagePath(pathname))) {
    // Served from the cache, the same for everyone: no nonce, and no request headers to add
    // (a cached page reads none), which keeps the crowd's path short.
    const response = cached ? NextResponse.rewrite(new URL(cached, request.url)) : NextResponse.next();
    return withSecurityHeaders(response, contentSecurityPolicy({ https }), https);
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestIdFrom(request.headers.get("x-request-id")));
  headers.set("x-pathname", `${pathname}${search}`);
  const next = () => NextResponse.next({ request: { headers } });
  if (!needsNonce(pathname, isGuardedPath(pathname), cached)) {
    return withSecurityHeaders(next(), contentSecurityPolicy({ https }), https);
  }
  // Rendered per request: a fresh nonce, which Next reads from the request's policy and puts
  // on every script it emits.
  const policy = contentSecurityPolicy({ nonce: newNonce(), https, dev: process.env.NODE_ENV === "development" });
  headers.set("content-security-policy", policy);
  return withSecurityHeaders(next(), policy, https);
}

function withSecurityHeaders(response: NextResponse, policy: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders(https))) response.headers.set(name, value);
  return response;
}

// Not run for files, robots.txt, sitemap.xml, nor the public launch reads of the API
// (/api/v1/launches and /api/v1/launches/{id}): they need none of the above (no session, no
// nonce; next.config.ts sets their security headers, the handler its request id), and running
// the proxy cost those reads about half their throughput (docs/performance.md).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|api/v1/launches).*)"],
};
