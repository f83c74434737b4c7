import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Ctx } from "@/lib/context";
import { DomainError, isDomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { fieldErrorsOf } from "@/lib/validation";
import { problem } from "./problem";

/** What a zod schema parses to, or `undefined` when the route declares none. */
export type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Next hands route handlers their dynamic segments as a promise of raw strings. */
export type RouteContext = { params: Promise<unknown> };

/**
 * The path segments, parsed with the route's schema. A segment the schema refuses names no
 * resource, so the answer is 404 `not_found`, before any query (a malformed id never reaches
 * Postgres as one).
 */
export async function parseParams<S extends z.ZodType | undefined>(
  schema: S | undefined,
  route: RouteContext,
): Promise<Infer<S>> {
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(await route.params);
  if (!parsed.success) throw new DomainError("not_found", "Nothing exists at this address.");
  return parsed.data as Infer<S>;
}

function queryObject(request: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const all = request.nextUrl.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** The query string, parsed; a repeated key arrives as an array. Invalid → 422 with field errors. */
export function parseQuery<S extends z.ZodType | undefined>(schema: S | undefined, request: NextRequest): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(queryObject(request));
  if (!parsed.success)
    throw new DomainError("validation_failed", "The query parameters are invalid.", fieldErrorsOf(parsed.error));
  return parsed.data as Infer<S>;
}

/** The JSON body, parsed (an empty body reads as `{}`). Not JSON → 400; invalid → 422 with field errors. */
export async function parseBody<S extends z.ZodType | undefined>(
  schema: S | undefined,
  request: NextRequest,
): Promise<Infer<S>> {
  if (!schema) return undefined as Infer<S>;
  let raw: unknown;
  try {
    const text = await request.text();
    raw = text ? JSON.parse(text) : {};
  } catch {
    throw new DomainError("bad_request", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError("validation_failed", "The request body is invalid.", fieldErrorsOf(parsed.error));
  return parsed.data as Infer<S>;
}

/**
 * The answer to anything a route handler threw: a DomainError becomes its problem document;
 * anything else is logged (with the actor, when known) and answered 500 without details.
 */
export async function failureResponse(error: unknown, ctx: Ctx, request: NextRequest): Promise<Response> {
  const { requestId } = ctx;
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
  return problem({ code: "internal_error", detail: "An unexpected error occurred. It has been logged.", requestId });
}
