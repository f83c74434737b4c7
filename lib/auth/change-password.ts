import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { hashPassword, verifyPassword } from "./passwords";
import { recordSignInAttempt, signInRetryAfter } from "./rate-limit";
import { revokeAllSessions } from "./sessions";

/**
 * Changes the signed-in user's password and revokes every session of the user
 * (DOMAIN.md): all browsers and API tokens must sign in again.
 *
 * A wrong current password counts as a failed sign-in for the user's email and the
 * client's IP (the sign-in limit of DOMAIN.md), so a borrowed or stolen session cannot
 * be used to guess the password without limit.
 */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
  client: { ip: string },
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  const retryAfter = await signInRetryAfter(ctx, actor.email, client.ip);
  if (retryAfter > 0) {
    const minutes = Math.ceil(retryAfter / 60);
    throw new DomainError(
      "rate_limited",
      `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      undefined,
      retryAfter,
    );
  }
  const [user] = await ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user || !(await verifyPassword(user.hash, input.currentPassword))) {
    await recordSignInAttempt(ctx, actor.email, client.ip, false);
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
