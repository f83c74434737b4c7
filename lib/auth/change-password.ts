import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { hashPassword, verifyPassword } from "./passwords";
import { passwordChangeRetryAfter, recordPasswordChangeFailure, withAttemptLock } from "./rate-limit";
import { revokeAllSessions } from "./sessions";

/**
 * Changes the signed-in user's password and revokes every session of the user: all
 * browsers and API tokens must sign in again.
 *
 * Wrong current passwords have a counter of their own (PASSWORD_CHANGE_MAX_FAILURES per
 * PASSWORD_CHANGE_WINDOW_MINUTES per account), so a borrowed or stolen session cannot
 * guess the password without limit, yet someone who knows a user's email cannot lock
 * that user's sign-in through this form. Checked one at a time per account, as sign-in is.
 */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
  client: { ip: string },
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  const outcome = await withAttemptLock(ctx, `password-change:${actor.id}`, async (tx) => {
    const retryAfter = await passwordChangeRetryAfter(tx, actor.email);
    if (retryAfter > 0) return { retryAfter };
    const [user] = await tx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
    const ok = Boolean(user) && (await verifyPassword(user.hash, input.currentPassword));
    if (!ok) await recordPasswordChangeFailure(tx, actor.email, client.ip);
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
    await logEvent(ctx, {
      level: "warn",
      event: "auth.password_change_failed",
      details: { userId: actor.id, ip: client.ip },
    });
    const message = "The current password is incorrect.";
    throw new DomainError("validation_failed", message, { currentPassword: [message] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await revokeAllSessions(tx, actor.id);
    await logEvent(tx, { event: "auth.password_changed", details: { userId: actor.id } });
  });
}
