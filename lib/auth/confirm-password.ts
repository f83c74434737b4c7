import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { verifyPassword } from "./passwords";
import { passwordChangeRetryAfter, recordPasswordChangeFailure, withAttemptLock } from "./rate-limit";

interface Confirmation {
  /** The form field that holds the password (its error goes there). */
  field: string;
  /** Logged (warn) on each wrong password. */
  failedEvent: string;
  ip: string;
}

/**
 * Checks the password a signed-in user typed again to change the password or the email or to
 * delete the account. Wrong ones share one counter per account (PASSWORD_CHANGE_MAX_FAILURES
 * per PASSWORD_CHANGE_WINDOW_MINUTES), separate from sign-in's: a borrowed or stolen session
 * cannot guess the password without limit through any of these forms, yet someone who only
 * knows a user's email cannot lock that user's sign-in. Checked one at a time per account, as
 * sign-in is, so a burst stops at the limit. Throws `rate_limited` or a field error.
 */
export async function confirmPassword(ctx: Ctx, actor: Actor, password: string, on: Confirmation): Promise<void> {
  const outcome = await withAttemptLock(ctx, `password-change:${actor.id}`, async (tx) => {
    const retryAfter = await passwordChangeRetryAfter(tx, actor.email);
    if (retryAfter > 0) return { retryAfter };
    const [user] = await tx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
    const ok = Boolean(user) && (await verifyPassword(user.hash, password));
    if (!ok) await recordPasswordChangeFailure(tx, actor.email, on.ip);
    return { ok };
  });
  if (outcome.retryAfter) {
    const minutes = Math.ceil(outcome.retryAfter / 60);
    throw new DomainError(
      "rate_limited",
      `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      undefined,
      outcome.retryAfter,
    );
  }
  if (!outcome.ok) {
    await logEvent(ctx, { level: "warn", event: on.failedEvent, details: { userId: actor.id, ip: on.ip } });
    const message =
      on.field === "currentPassword" ? "The current password is incorrect." : "The password is incorrect.";
    throw new DomainError("validation_failed", message, { [on.field]: [message] });
  }
}
