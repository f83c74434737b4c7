import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/errors";

/** Puts the server's field errors (same paths as the zod schema) next to their fields. */
export function applyServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors | undefined): void {
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    if (path !== "_form" && messages[0]) setError(path as Path<T>, { type: "server", message: messages[0] });
  }
}
