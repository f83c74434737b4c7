import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Role } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { appContext } from "@/lib/app-context";
import type { Actor, Ctx } from "@/lib/context";
import { problem } from "./problem";
import { failureResponse, parseParams, parseQuery, type Infer, type RouteContext } from "./request-input";
import { requestIdFrom } from "./request-id";

type Schema = z.ZodType | undefined;

interface SessionSpec<Q extends Schema, P extends Schema> {
  roles: readonly Role[];
  params?: P;
  query?: Q;
}

export interface SessionArgs<Q, P> {
  ctx: Ctx;
  actor: Actor;
  query: Q;
  params: P;
  request: NextRequest;
}

/**
 * Builds the route handlers a signed-in browser calls with its session cookie (downloads,
 * PDFs, the JSON the live panels poll), outside /api/v1. They answer like the API: problem+json
 * 401 `unauthorized` when signed out or revoked, 403 `forbidden` for another role, 404 for a
 * malformed path param, 422 for an invalid query, and the service's DomainError otherwise.
 * Responses are per user, so they are never stored by a shared cache.
 */
export function sessionHandler<Q extends Schema = undefined, P extends Schema = undefined>(
  spec: SessionSpec<Q, P>,
  handler: (args: SessionArgs<Infer<Q>, Infer<P>>) => Promise<unknown>,
) {
  return async (request: NextRequest, route: RouteContext): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get("x-request-id"));
    let ctx = appContext({ origin: "web", requestId });
    try {
      const actor = await getCurrentUser();
      if (!actor) return problem({ code: "unauthorized", detail: "Sign in first.", requestId });
      if (!spec.roles.includes(actor.role)) {
        return problem({ code: "forbidden", detail: "Your role may not open this page.", requestId });
      }
      ctx = { ...ctx, actor };
      const params = await parseParams(spec.params, route);
      const query = parseQuery(spec.query, request);
      const result = await handler({ ctx, actor, query, params, request });
      const response = result instanceof Response ? result : NextResponse.json(result);
      response.headers.set("X-Request-Id", requestId);
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-store");
      return response;
    } catch (error) {
      return failureResponse(error, ctx, request);
    }
  };
}
