import { problem } from "./problem";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request) => Response;

// Remembers the refusals, so a test can tell the methods a route implements from these.
const refusals = new WeakSet<Handler>();

/** True for a handler made by otherMethods (a 405), false for a method the route implements. */
export function isMethodRefusal(handler: unknown): boolean {
  return typeof handler === "function" && refusals.has(handler as Handler);
}

/**
 * Handlers for the methods a route does not implement: a problem+json 405 with the Allow
 * header (Next would answer an empty 405), so every /api/v1 failure is a problem document.
 * A route file exports the ones it lacks: `export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");`
 */
export function otherMethods(...implemented: Method[]): Record<Method, Handler> {
  const allow = [...implemented, ...(implemented.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse: Handler = (request) => {
    const response = problem({
      code: "method_not_allowed",
      detail: `${request.method} is not allowed on ${new URL(request.url).pathname}. Allowed: ${allow}.`,
    });
    response.headers.set("Allow", allow);
    return response;
  };
  refusals.add(refuse);
  return Object.fromEntries(METHODS.map((m) => [m, refuse])) as Record<Method, Handler>;
}
