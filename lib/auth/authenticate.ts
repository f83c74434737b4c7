import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { recordSignInAttempt, signInRetryAfter, withAttemptLock } from "./rate-limit";
import { normalizeEmail } from "./rules";
import { createSession } from "./sessions";

export const ACCOUNT_DISABLED_MESSAGE =
  "This account has been deactivated by AstroBookings staff. Contact support if you think this is a mistake.";

export interface Credentials {
  email: string;
  password: string;
  ip: string;
}

/**
 * Checks credentials under the sign-in rate limit and opens a session. Unknown email
 * and wrong password give the same error, after the same work. Attempts for one email
 * are checked one at a time (count → password check → record, under a lock on the
 * email), so however many arrive at once, at most the limit's number of wrong passwords
 * is ever evaluated.
 */
export async function authenticate(
  ctx: Ctx,
  input: Credentials,
  kind: "web" | "api",
): Promise<Actor & { sessionExpiresAt: Date }> {
  const email = normalizeEmail(input.email);
  const checked = await withAttemptLock(ctx, `sign-in:${email}`, async (tx) => {
    const retryAfter = await signInRetryAfter(tx, email, input.ip);
    if (retryAfter > 0) return { retryAfter };
    const [user] = await tx.db.select().from(users).where(eq(users.email, email)).limit(1);
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await burnPasswordCheck(input.password), false);
    await recordSignInAttempt(tx, email, input.ip, ok);
    return { user: ok ? user : undefined };
  });
  if (checked.retryAfter) {
    await logEvent(ctx, {
      level: "warn",
      event: "auth.sign_in_blocked",
      actor: email,
      details: { ip: input.ip, retryAfter: checked.retryAfter },
    });
    throw new DomainError(
      "rate_limited",
      `Too many failed sign-in attempts. Try again in ${Math.ceil(checked.retryAfter / 60)} minute(s).`,
      undefined,
      checked.retryAfter,
    );
  }
  const user = checked.user;
  if (!user) {
    await logEvent(ctx, { level: "warn", event: "auth.sign_in_failed", actor: email, details: { ip: input.ip, kind } });
    throw new DomainError("invalid_credentials", "The email or password is incorrect.");
  }
  if (user.disabledAt) {
    // Told only after the right password, so the answer reveals nothing to a guesser.
    await logEvent(ctx, {
      level: "warn",
      event: "auth.sign_in_disabled",
      actor: email,
      details: { ip: input.ip, kind },
    });
    throw new DomainError("account_disabled", ACCOUNT_DISABLED_MESSAGE);
  }
  const session = await createSession(ctx, user.id, kind);
  const actor: Actor = { id: user.id, role: user.role, email: user.email, name: user.name, sessionId: session.id };
  await logEvent({ ...ctx, actor }, { event: "auth.sign_in", details: { ip: input.ip, kind, sessionId: session.id } });
  return { ...actor, sessionExpiresAt: session.expiresAt };
}
