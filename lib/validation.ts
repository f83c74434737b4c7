import { z } from "zod";
import { DomainError, type FieldErrors } from "./errors";

/** zod issues as `{ "field.path": ["message", …] }`, the shape of problem `errors` and form errors. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The path params of every `[id]` route: an id that is not a UUID names nothing (404). */
export const idParams = z.object({ id: z.uuid() });

export const isUuid = (id: string): boolean => z.uuid().safeParse(id).success;

/**
 * For ids that reach a service some other way than a route's params (a page's URL, a query
 * string): one that is not a UUID names nothing, so it is "not found", never a database error.
 */
export function assertUuid(id: string, notFoundMessage: string): void {
  if (!isUuid(id)) throw new DomainError("not_found", notFoundMessage);
}
