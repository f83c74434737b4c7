import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { confirmPassword } from "./confirm-password";
import { hashPassword } from "./passwords";
import { revokeAllSessions } from "./sessions";

/**
 * Changes the signed-in user's password and revokes every session of the user: all
 * browsers and API tokens must sign in again.
 * Wrong current passwords count against the account's re-entry limit (confirm-password.ts).
 */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
  client: { ip: string },
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  await confirmPassword(ctx, actor, input.currentPassword, {
    field: "currentPassword",
    failedEvent: "auth.password_change_failed",
    ip: client.ip,
  });
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await revokeAllSessions(tx, actor.id);
    await logEvent(tx, { event: "auth.password_changed", details: { userId: actor.id } });
  });
}
