import "server-only";
import { and, count, eq, gt, inArray, isNull, min } from "drizzle-orm";
import { emailTokens, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import { applyEmailChange } from "./email-change";
import { CONFIRMATION_EMAILS_PER_HOUR, EMAIL_CHANGE_HOURS, EMAIL_TOKEN_HOURS } from "./rules";
import { hashEmailToken, newEmailToken } from "./tokens";

const HOUR_MS = 60 * 60 * 1000;

interface Recipient {
  id: string;
  email: string;
  name: string;
}

/**
 * Stores a single-use confirmation token (its hash, valid 48 h) and writes the
 * verify_email mail into the outbox. Call inside the transaction that needs it.
 */
export async function issueEmailConfirmation(ctx: Ctx, user: Recipient): Promise<void> {
  const { token, hash } = newEmailToken();
  await ctx.db.insert(emailTokens).values({
    userId: user.id,
    purpose: "verify_email",
    tokenHash: hash,
    expiresAt: new Date(ctx.now.getTime() + EMAIL_TOKEN_HOURS * HOUR_MS),
    createdAt: ctx.now,
  });
  await enqueueNotification(ctx, {
    template: "verify_email",
    to: user.email,
    recipientUserId: user.id,
    payload: { name: user.name, path: `/confirm-email?token=${TOKEN_SLOT}` },
    token,
  });
}

/**
 * Marks the address of the token's user verified, or — for an email-change link — makes the
 * link's new address the account's email. The token works once, within its validity.
 */
export async function confirmEmail(
  ctx: Ctx,
  token: string,
): Promise<{ userId: string; email: string; changed?: boolean }> {
  const invalid = (message: string) => new DomainError("validation_failed", message, { token: [message] });
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(emailTokens)
      .where(
        and(
          eq(emailTokens.tokenHash, hashEmailToken(token)),
          inArray(emailTokens.purpose, ["verify_email", "email_change"]),
        ),
      )
      .limit(1)
      .for("update");
    if (!row)
      throw invalid("This confirmation link is not valid. Check that you opened the whole link from the email.");
    if (row.usedAt) throw invalid("This confirmation link has already been used.");
    if (row.expiresAt.getTime() <= tx.now.getTime()) {
      const hours = row.purpose === "email_change" ? EMAIL_CHANGE_HOURS : EMAIL_TOKEN_HOURS;
      throw invalid(`This confirmation link has expired (links last ${hours} hours). Sign in and ask for a new one.`);
    }
    await tx.db.update(emailTokens).set({ usedAt: tx.now }).where(eq(emailTokens.id, row.id));
    if (row.purpose === "email_change" && row.newEmail) {
      return { userId: row.userId, email: await applyEmailChange(tx, row.userId, row.newEmail), changed: true };
    }
    const [user] = await tx.db
      .update(users)
      .set({ emailVerifiedAt: tx.now })
      .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)))
      .returning({ id: users.id, email: users.email });
    const email =
      user?.email ??
      (await tx.db.select({ email: users.email }).from(users).where(eq(users.id, row.userId)))[0]?.email ??
      "";
    await logEvent(tx, { event: "auth.email_confirmed", actor: email, details: { userId: row.userId } });
    return { userId: row.userId, email };
  });
}

/** Sends a fresh confirmation link to the signed-in user, if the address is still unverified. */
export async function resendConfirmation(ctx: Ctx): Promise<{ sent: boolean }> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  return withTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.id, actor.id)).limit(1).for("update");
    if (!user) throw new DomainError("unauthorized", "Sign in first.");
    if (user.emailVerifiedAt) return { sent: false };
    const since = new Date(tx.now.getTime() - HOUR_MS);
    const [recent] = await tx.db
      .select({ n: count(), oldest: min(emailTokens.createdAt) })
      .from(emailTokens)
      .where(
        and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "verify_email"), gt(emailTokens.createdAt, since)),
      );
    if (recent.n >= CONFIRMATION_EMAILS_PER_HOUR && recent.oldest) {
      const retryAfter = Math.max(
        1,
        Math.ceil((new Date(recent.oldest).getTime() + HOUR_MS - tx.now.getTime()) / 1000),
      );
      throw new DomainError(
        "rate_limited",
        "We have sent several confirmation emails in the last hour. Please check your inbox (and spam folder) or try again later.",
        undefined,
        retryAfter,
      );
    }
    await issueEmailConfirmation(tx, user);
    await logEvent(tx, { event: "auth.confirmation_resent", details: { userId: user.id } });
    return { sent: true };
  });
}
