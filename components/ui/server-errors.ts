import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/errors";

/**
 * Puts the server's field errors (same paths as the zod schema) next to their fields, and
 * moves focus to the first one, as the client-side check does: on a long form (or a phone)
 * the error may be far from the submit button.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
): void {
  let first = true;
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    if (path === "_form" || !messages[0]) continue;
    setError(path as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: first });
    first = false;
  }
}
