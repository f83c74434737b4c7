import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { emailTokens, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import { confirmPassword } from "./confirm-password";
import { EMAIL_CHANGE_HOURS, normalizeEmail } from "./rules";
import { newEmailToken } from "./tokens";
import { findUserByEmail } from "./users";

const TAKEN = "An account with this email already exists.";

/**
 * Asks to move the account to `newEmail`: needs the password (its wrong guesses are limited,
 * confirm-password.ts); a single-use link (24 h)
 * goes to the new address, a notice to the old one. Sign-in keeps using the old address
 * until the link is used (POST /api/v1/auth/confirm-email, /confirm-email). A newer
 * request voids an older pending one.
 */
export async function requestEmailChange(
  ctx: Ctx,
  input: { newEmail: string; password: string },
  client: { ip: string },
): Promise<{ pendingEmail: string }> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  const newEmail = normalizeEmail(input.newEmail);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user) throw new DomainError("unauthorized", "Sign in first.");
  await confirmPassword(ctx, actor, input.password, {
    field: "password",
    failedEvent: "account.email_change_failed",
    ip: client.ip,
  });
  if (newEmail === user.email) {
    const message = "This is already your email address.";
    throw new DomainError("validation_failed", message, { newEmail: [message] });
  }
  return withTransaction(ctx, async (tx) => {
    if (await findUserByEmail(tx, newEmail)) throw new DomainError("email_taken", TAKEN, { newEmail: [TAKEN] });
    await tx.db
      .update(emailTokens)
      .set({ usedAt: tx.now })
      .where(and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "email_change"), isNull(emailTokens.usedAt)));
    const { token, hash } = newEmailToken();
    await tx.db.insert(emailTokens).values({
      userId: user.id,
      purpose: "email_change",
      tokenHash: hash,
      newEmail,
      expiresAt: new Date(tx.now.getTime() + EMAIL_CHANGE_HOURS * 3_600_000),
      createdAt: tx.now,
    });
    await enqueueNotification(tx, {
      template: "email_change_confirm",
      to: newEmail,
      recipientUserId: user.id,
      payload: { name: user.name, newEmail, path: `/confirm-email?token=${TOKEN_SLOT}` },
      token,
    });
    await enqueueNotification(tx, {
      template: "email_change_notice",
      to: user.email,
      recipientUserId: user.id,
      payload: { name: user.name, newEmail, path: "/account" },
    });
    await logEvent(tx, { event: "account.email_change_requested", details: { userId: user.id, newEmail } });
    return { pendingEmail: newEmail };
  });
}

/**
 * Inside the confirmation transaction: makes the token's new address the account's email
 * (verified, since the link reached it). 409 when someone took the address meanwhile.
 */
export async function applyEmailChange(tx: Ctx, userId: string, newEmail: string): Promise<string> {
  const owner = await findUserByEmail(tx, newEmail);
  if (owner && owner.id !== userId) throw new DomainError("email_taken", TAKEN, { token: [TAKEN] });
  await tx.db
    .update(users)
    .set({ email: newEmail, emailVerifiedAt: tx.now, updatedAt: tx.now })
    .where(eq(users.id, userId));
  await logEvent(tx, { event: "account.email_changed", actor: newEmail, details: { userId } });
  return newEmail;
}
