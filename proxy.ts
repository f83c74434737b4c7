import { randomUUID } from "node:crypto";
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isGuardedPath } from "@/lib/auth/auth.config";
import { getEnv } from "@/lib/env";
import { catalogueRoute, isCachedPagePath } from "@/lib/catalogue/route";
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
  const incoming = request.headers.get("x-request-id");
  headers.set("x-request-id", incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID());
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

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)"],
};
