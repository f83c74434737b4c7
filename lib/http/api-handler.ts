import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Role } from "@/db/schema";
import { verifyApiToken } from "@/lib/auth/api-tokens";
import { actorForSession } from "@/lib/auth/sessions";
import { appContext } from "@/lib/app-context";
import type { Actor, Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { problem } from "./problem";
import { failureResponse, parseBody, parseParams, parseQuery, type Infer, type RouteContext } from "./request-input";
import { requestIdFrom } from "./request-id";

type Access = "public" | "signed-in" | readonly Role[];
type Schema = z.ZodType | undefined;

interface HandlerSpec<B extends Schema, Q extends Schema, P extends Schema> {
  access: Access;
  /** The dynamic path segments, e.g. `z.object({ id: z.uuid() })`; a mismatch is 404. */
  params?: P;
  query?: Q;
  body?: B;
}

export interface HandlerArgs<B, Q, P> {
  ctx: Ctx;
  actor: Actor | null;
  body: B;
  query: Q;
  params: P;
  request: NextRequest;
}

/** Reads the bearer token and returns the live session's actor, or null. */
async function bearerActor(request: NextRequest, ctx: Ctx): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(.+)$/i);
  if (!match) return null;
  const claims = await verifyApiToken(match[1].trim(), getEnv().AUTH_SECRET);
  if (!claims) return null;
  const actor = await actorForSession(ctx, claims.sid);
  return actor && actor.id === claims.sub ? actor : null;
}

/**
 * Builds every /api/v1 route handler: request id, bearer auth and role check, then zod parsing
 * of path params (404), query and body (422), and problem+json for every failure. The handler
 * returns data (sent as 200 JSON) or a Response of its own.
 */
export function apiHandler<B extends Schema = undefined, Q extends Schema = undefined, P extends Schema = undefined>(
  spec: HandlerSpec<B, Q, P>,
  handler: (args: HandlerArgs<Infer<B>, Infer<Q>, Infer<P>>) => Promise<unknown>,
) {
  return async (request: NextRequest, route: RouteContext): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get("x-request-id"));
    const baseCtx = appContext({ origin: "api", requestId });
    // Hoisted so that an unexpected error is logged with the authenticated actor, once known.
    let ctx: Ctx = baseCtx;
    try {
      const actor = await bearerActor(request, baseCtx);
      if (spec.access !== "public") {
        if (!actor) return problem({ code: "unauthorized", detail: "A valid bearer token is required.", requestId });
        if (Array.isArray(spec.access) && !spec.access.includes(actor.role)) {
          return problem({ code: "forbidden", detail: "Your role may not use this endpoint.", requestId });
        }
      }
      ctx = { ...baseCtx, actor };
      const params = await parseParams(spec.params, route);
      const query = parseQuery(spec.query, request);
      const body = await parseBody(spec.body, request);
      const result = await handler({ ctx, actor, body, query, params, request });
      const response = result instanceof Response ? result : NextResponse.json(result);
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      return failureResponse(error, ctx, request);
    }
  };
}

/** 201 Created with a JSON body. */
export function created(data: unknown): NextResponse {
  return NextResponse.json(data, { status: 201 });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
