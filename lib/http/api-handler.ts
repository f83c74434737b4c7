import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { verifyApiToken } from "@/lib/auth/api-tokens";
import { actorForSession } from "@/lib/auth/sessions";
import { createContext, type Actor, type Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { fieldErrorsOf } from "@/lib/validation";
import { problem } from "./problem";

type Access = "public" | "signed-in" | readonly Role[];

interface HandlerSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  access: Access;
  body?: B;
  query?: Q;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface HandlerArgs<B, Q, P> {
  ctx: Ctx;
  actor: Actor | null;
  body: B;
  query: Q;
  params: P;
  request: NextRequest;
}

type RouteContext<P> = { params: Promise<P> };

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

function queryObject(request: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const all = request.nextUrl.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * Builds every /api/v1 route handler: request id, bearer auth and role check, zod parsing
 * of query and body, and problem+json for every failure. The handler returns data
 * (sent as 200 JSON) or a Response of its own.
 */
export function apiHandler<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P = Record<string, string>,
>(spec: HandlerSpec<B, Q>, handler: (args: HandlerArgs<Infer<B>, Infer<Q>, P>) => Promise<unknown>) {
  return async (request: NextRequest, route: RouteContext<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    const baseCtx = createContext({ db: getDb(), origin: "api", requestId });
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

      let query: unknown = undefined;
      if (spec.query) {
        const parsed = spec.query.safeParse(queryObject(request));
        if (!parsed.success)
          return problem({
            code: "validation_failed",
            detail: "The query parameters are invalid.",
            errors: fieldErrorsOf(parsed.error),
            requestId,
          });
        query = parsed.data;
      }
      let body: unknown = undefined;
      if (spec.body) {
        let raw: unknown;
        try {
          const text = await request.text();
          raw = text ? JSON.parse(text) : {};
        } catch {
          return problem({ code: "bad_request", detail: "The request body is not valid JSON.", requestId });
        }
        const parsed = spec.body.safeParse(raw);
        if (!parsed.success)
          return problem({
            code: "validation_failed",
            detail: "The request body is invalid.",
            errors: fieldErrorsOf(parsed.error),
            requestId,
          });
        body = parsed.data;
      }
      const params = (await route.params) as P;
      const result = await handler({ ctx, actor, body: body as Infer<B>, query: query as Infer<Q>, params, request });
      const response = result instanceof Response ? result : NextResponse.json(result);
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      if (isDomainError(error)) {
        return problem({
          code: error.code,
          detail: error.message,
          errors: error.fieldErrors,
          retryAfterSeconds: error.retryAfterSeconds,
          requestId,
        });
      }
      await logEvent(ctx, {
        level: "error",
        event: "error.unexpected",
        message: error instanceof Error ? error.message : String(error),
        details: {
          path: request.nextUrl.pathname,
          method: request.method,
          stack: error instanceof Error ? error.stack : undefined,
        },
      });
      return problem({
        code: "internal_error",
        detail: "An unexpected error occurred. It has been logged.",
        requestId,
      });
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
