import { NextRequest } from "next/server";
import { getDbHandle } from "@/db/client";
import { signApiToken } from "@/lib/auth/api-tokens";
import { createSession } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/context";
import type { TestDb } from "../helpers/test-db";

const AUTH_SECRET = "test-auth-secret-for-the-api-route-tests-0123456789";

// Each route names its own params; `never` lets any of them in.
type Route = (request: NextRequest, ctx: { params: Promise<never> }) => Promise<Response>;

/**
 * Calls the /api/v1 route handlers themselves (bearer auth, parsing, problem+json) on the
 * test's PostgreSQL database: the handlers' own pool is pointed at it. Call before anything
 * reads the environment; `close()` ends that pool.
 */
export function routeClient(db: TestDb) {
  if (!db.url) throw new Error("route tests need the PostgreSQL server (TEST_DATABASE_URL)");
  Object.assign(process.env, { DATABASE_URL: db.url, AUTH_SECRET });
  const tokens = new Map<string, string>();
  async function tokenFor(actor: Actor): Promise<string> {
    if (!tokens.has(actor.id)) {
      const session = await createSession(db.ctx(), actor.id, "api");
      tokens.set(
        actor.id,
        await signApiToken({ sub: actor.id, role: actor.role, sid: session.id }, AUTH_SECRET, new Date()),
      );
    }
    return tokens.get(actor.id)!;
  }
  return {
    async post(
      route: Route,
      actor: Actor,
      opts: { path: string; body?: unknown; key?: string; params?: Record<string, string> },
    ): Promise<{ status: number; body: Record<string, unknown>; replayed: boolean }> {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${await tokenFor(actor)}`,
        "Content-Type": "application/json",
      };
      if (opts.key) headers["Idempotency-Key"] = opts.key;
      const request = new NextRequest(`http://127.0.0.1/api/v1${opts.path}`, {
        method: "POST",
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
      const response = await route(request, { params: Promise.resolve(opts.params ?? {}) as Promise<never> });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? JSON.parse(text) : {},
        replayed: response.headers.get("Idempotent-Replayed") === "true",
      };
    },
    /** A GET through the route handler; the raw Response (downloads are not JSON). */
    async get(route: Route, actor: Actor, opts: { path: string; params?: Record<string, string> }): Promise<Response> {
      const request = new NextRequest(`http://127.0.0.1/api/v1${opts.path}`, {
        headers: { Authorization: `Bearer ${await tokenFor(actor)}` },
      });
      return route(request, { params: Promise.resolve(opts.params ?? {}) as Promise<never> });
    },
    close: () => getDbHandle().close(),
  };
}
