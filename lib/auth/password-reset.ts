import "server-only";
import { and, count, eq, gt, isNull, min, sql } from "drizzle-orm";
import { emailTokens, passwordResetRequests, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import { hashPassword } from "./passwords";
import {
  normalizeEmail,
  PASSWORD_RESET_MAILS_PER_EMAIL,
  PASSWORD_RESET_MINUTES,
  PASSWORD_RESET_REQUESTS_PER_IP,
  PASSWORD_RESET_WINDOW_MINUTES,
} from "./rules";
import { revokeAllSessions } from "./sessions";
import { hashEmailToken, newEmailToken } from "./tokens";

const WINDOW_MS = PASSWORD_RESET_WINDOW_MINUTES * 60_000;

/** What every "forgot your password?" request is told, whether the email exists or not. */
export const RESET_REQUESTED_MESSAGE =
  "If an account exists for this email, we have sent it a link to choose a new password. The link works once, for 1 hour.";

/**
 * "Forgot your password?": counts the request against the client address (10 an hour, then
 * 429) and, when the email belongs to an active account that has had fewer than 3 reset
 * mails this hour, stores a 1-hour single-use token (its hash) and writes the mail. The
 * caller answers the same thing in every other case, so the answer never tells whether an
 * account exists. Advisory locks per address and per email make count-then-insert atomic.
 */
export async function requestPasswordReset(ctx: Ctx, input: { email: string }, client: { ip: string }): Promise<void> {
  const email = normalizeEmail(input.email);
  const since = new Date(ctx.now.getTime() - WINDOW_MS);
  const retryAfter = await withTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`password-reset-ip:${client.ip}`}))`);
    const [byIp] = await tx.db
      .select({ n: count(), oldest: min(passwordResetRequests.createdAt) })
      .from(passwordResetRequests)
      .where(and(eq(passwordResetRequests.ip, client.ip), gt(passwordResetRequests.createdAt, since)));
    if (byIp.n >= PASSWORD_RESET_REQUESTS_PER_IP && byIp.oldest) {
      return Math.max(1, Math.ceil((new Date(byIp.oldest).getTime() + WINDOW_MS - tx.now.getTime()) / 1000));
    }
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`password-reset-email:${email}`}))`);
    const [request] = await tx.db
      .insert(passwordResetRequests)
      .values({ email, ip: client.ip, createdAt: tx.now })
      .returning({ id: passwordResetRequests.id });
    const [[mailed], [user]] = await Promise.all([
      tx.db
        .select({ n: count() })
        .from(passwordResetRequests)
        .where(
          and(
            eq(passwordResetRequests.email, email),
            eq(passwordResetRequests.mailed, true),
            gt(passwordResetRequests.createdAt, since),
          ),
        ),
      tx.db
        .select({ id: users.id, email: users.email, name: users.name })
        .from(users)
        .where(and(eq(users.email, email), isNull(users.disabledAt), isNull(users.deletedAt)))
        .limit(1),
    ]);
    if (!user || mailed.n >= PASSWORD_RESET_MAILS_PER_EMAIL) {
      await logEvent(tx, {
        level: "warn",
        event: "auth.password_reset_not_sent",
        actor: email,
        details: { ip: client.ip, reason: user ? "mail_limit" : "no_active_account" },
      });
      return 0;
    }
    const { token, hash } = newEmailToken();
    await tx.db.insert(emailTokens).values({
      userId: user.id,
      purpose: "password_reset",
      tokenHash: hash,
      expiresAt: new Date(tx.now.getTime() + PASSWORD_RESET_MINUTES * 60_000),
      createdAt: tx.now,
    });
    await tx.db.update(passwordResetRequests).set({ mailed: true }).where(eq(passwordResetRequests.id, request.id));
    await enqueueNotification(tx, {
      template: "password_reset",
      to: user.email,
      recipientUserId: user.id,
      payload: { name: user.name, path: `/reset-password?token=${TOKEN_SLOT}` },
      token,
    });
    await logEvent(tx, { event: "auth.password_reset_requested", actor: email, details: { userId: user.id } });
    return 0;
  });
  if (retryAfter > 0) {
    await logEvent(ctx, {
      level: "warn",
      event: "auth.password_reset_blocked",
      details: { ip: client.ip, retryAfter },
    });
    const minutes = Math.ceil(retryAfter / 60);
    throw new DomainError(
      "rate_limited",
      `Too many password-reset requests from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      undefined,
      retryAfter,
    );
  }
}

const INVALID_LINK =
  "This password-reset link is not valid any more: it was used, has expired (links last 1 hour), or is incomplete. Ask for a new one.";

/**
 * Sets a new password through a reset link: the token must be unused and unexpired. Uses
 * it, voids every other reset link of the account, revokes every session (all browsers
 * and API tokens sign in again) and marks the address verified (the link proved it).
 */
export async function confirmPasswordReset(ctx: Ctx, input: { token: string; password: string }): Promise<void> {
  // Hashed before the transaction: argon2 takes ~100 ms and must not hold the row lock.
  const passwordHash = await hashPassword(input.password);
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(emailTokens)
      .where(and(eq(emailTokens.tokenHash, hashEmailToken(input.token)), eq(emailTokens.purpose, "password_reset")))
      .limit(1)
      .for("update");
    if (!row || row.usedAt || row.expiresAt.getTime() <= tx.now.getTime()) {
      throw new DomainError("token_invalid", INVALID_LINK, { token: [INVALID_LINK] });
    }
    const [user] = await tx.db
      .select({ id: users.id, email: users.email, disabledAt: users.disabledAt, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, row.userId))
      .limit(1)
      .for("update");
    if (!user || user.disabledAt || user.deletedAt) {
      throw new DomainError("token_invalid", INVALID_LINK, { token: [INVALID_LINK] });
    }
    await tx.db
      .update(emailTokens)
      .set({ usedAt: tx.now })
      .where(
        and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "password_reset"), isNull(emailTokens.usedAt)),
      );
    await tx.db
      .update(users)
      .set({
        passwordHash,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${tx.now.toISOString()}::timestamptz)`,
      })
      .where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id);
    await logEvent(tx, { event: "auth.password_reset", actor: user.email, details: { userId: user.id } });
  });
}
