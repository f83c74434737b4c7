import { randomUUID } from "node:crypto";
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isGuardedPath } from "@/lib/auth/auth.config";
import { getEnv } from "@/lib/env";

// A convenience only: it sends signed-out visitors to sign in and tags each request with
// an id. Every page, action and route handler checks the session and role itself.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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
      return NextResponse.redirect(login);
    }
  }
  const headers = new Headers(request.headers);
  const incoming = request.headers.get("x-request-id");
  headers.set("x-request-id", incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID());
  headers.set("x-pathname", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)"],
};
