import "server-only";
import { requestIdFrom } from "@/lib/http/request-id";
import type { Db } from "@/db/client";
import { createContext } from "@/lib/context";
import { logEvent } from "./log-event";
import { logger } from "./logger";

/** What Next passes to instrumentation's onRequestError (request and context), loosely typed. */
export interface RequestErrorRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}
export interface RequestErrorWhere {
  routerKind?: string;
  routePath?: string;
  routeType?: string;
  renderSource?: string;
}

// Next's own control flow (redirect(), notFound(), dynamic bail-outs) is not an error.
const CONTROL_FLOW_DIGEST = /^(NEXT_|DYNAMIC_SERVER_USAGE|BAILOUT_TO_CLIENT_SIDE_RENDERING)/;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Logs an error Next caught in a page, a route handler or an action (those the API
 * handler and safeAction did not already log) as `error.unexpected`, with path, method,
 * digest, route and the request id proxy.ts gave the request. Never throws: it runs inside
 * Next's error handling, and a failing log must not hide the error it reports.
 */
export async function logRequestError(
  db: () => Db,
  error: unknown,
  request: RequestErrorRequest,
  where: RequestErrorWhere,
): Promise<void> {
  try {
    const digest =
      typeof error === "object" && error !== null && "digest" in error
        ? String((error as { digest: unknown }).digest)
        : undefined;
    if (digest && CONTROL_FLOW_DIGEST.test(digest)) return;
    const requestId = requestIdFrom(first(request.headers["x-request-id"]));
    // The query string is left out: it can carry one-time tokens (e.g. an email-confirmation link).
    const path = String(request.path ?? "").split("?")[0];
    const ctx = createContext({ db: db(), origin: path.startsWith("/api/") ? "api" : "web", requestId });
    await logEvent(ctx, {
      level: "error",
      event: "error.unexpected",
      message: error instanceof Error ? error.message : String(error),
      details: {
        path,
        method: request.method,
        digest,
        routePath: where.routePath,
        routeType: where.routeType,
        renderSource: where.renderSource,
        stack: error instanceof Error ? error.stack : undefined,
      },
    });
  } catch (failure) {
    try {
      logger.error({ err: failure }, "could not log a request error");
    } catch {
      // Nothing left to report to.
    }
  }
}
