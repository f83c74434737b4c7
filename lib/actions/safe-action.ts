import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/db/schema";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import type { Actor, Ctx } from "@/lib/context";
import { isDomainError, type FieldErrors } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { fieldErrorsOf } from "@/lib/validation";

/** What every server action answers; forms show `error` and `fieldErrors` next to their fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

interface ActionSpec<S extends z.ZodType, R> {
  /** Who may call it. "public" still gets a context (with actor null). */
  access: "public" | readonly Role[];
  schema: S;
  /** Where to go after success; done outside any try block, as Next requires. */
  redirectTo?: (result: R, input: z.infer<S>) => string | undefined;
}

function plainInput(input: unknown): unknown {
  if (input instanceof FormData) {
    const out: Record<string, FormDataEntryValue> = {};
    for (const [key, value] of input.entries()) out[key] = value;
    return out;
  }
  return input;
}

/**
 * Builds a server action: parse with the domain's zod schema → check session and role →
 * run the service → answer field errors or the result. No action can skip a step.
 */
export function safeAction<S extends z.ZodType, R>(
  spec: ActionSpec<S, R>,
  run: (input: z.infer<S>, ctx: Ctx & { actor: Actor | null }) => Promise<R>,
) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<R>> => {
    const actor = await getCurrentUser();
    if (spec.access !== "public") {
      if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
      if (!spec.access.includes(actor.role)) return { ok: false, error: "You are not allowed to do this." };
    }
    const parsed = spec.schema.safeParse(plainInput(input));
    if (!parsed.success) {
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    const ctx = await webContext(actor);
    let result: R;
    try {
      result = await run(parsed.data, ctx);
    } catch (error) {
      if (isDomainError(error)) {
        return {
          ok: false,
          error: error.message,
          fieldErrors: error.fieldErrors,
          retryAfterSeconds: error.retryAfterSeconds,
        };
      }
      await logEvent(ctx, {
        level: "error",
        event: "error.unexpected",
        message: error instanceof Error ? error.message : String(error),
        details: { stack: error instanceof Error ? error.stack : undefined },
      });
      return { ok: false, error: "Something went wrong on our side. It has been logged; please try again." };
    }
    const target = spec.redirectTo?.(result, parsed.data);
    if (target) redirect(target);
    return { ok: true, data: result };
  };
}
