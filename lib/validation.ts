import { z } from "zod";
import type { FieldErrors } from "./errors";

/** zod issues as `{ "field.path": ["message", …] }`, the shape of problem `errors` and form errors. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
