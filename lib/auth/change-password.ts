import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { hashPassword, verifyPassword } from "./passwords";
import { revokeAllSessions } from "./sessions";

/**
 * Changes the signed-in user's password and revokes every session of the user
 * (DOMAIN.md): all browsers and API tokens must sign in again.
 */
export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  const [user] = await ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user || !(await verifyPassword(user.hash, input.currentPassword))) {
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
