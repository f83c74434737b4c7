import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { recordSignInAttempt, signInRetryAfter } from "./rate-limit";
import { normalizeEmail } from "./rules";
import { createSession } from "./sessions";

export interface Credentials {
  email: string;
  password: string;
  ip: string;
}

/**
 * Checks credentials under the sign-in rate limit and opens a session. Unknown email
 * and wrong password give the same error, after the same work.
 */
export async function authenticate(
  ctx: Ctx,
  input: Credentials,
  kind: "web" | "api",
): Promise<Actor & { sessionExpiresAt: Date }> {
  const email = normalizeEmail(input.email);
  const retryAfter = await signInRetryAfter(ctx, email, input.ip);
  if (retryAfter > 0) {
    await logEvent(ctx, {
      level: "warn",
      event: "auth.sign_in_blocked",
      actor: email,
      details: { ip: input.ip, retryAfter },
    });
    throw new DomainError(
      "rate_limited",
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      undefined,
      retryAfter,
    );
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  await recordSignInAttempt(ctx, email, input.ip, ok);
  if (!user || !ok) {
    await logEvent(ctx, { level: "warn", event: "auth.sign_in_failed", actor: email, details: { ip: input.ip, kind } });
    throw new DomainError("invalid_credentials", "The email or password is incorrect.");
  }
  const session = await createSession(ctx, user.id, kind);
  const actor: Actor = { id: user.id, role: user.role, email: user.email, name: user.name, sessionId: session.id };
  await logEvent({ ...ctx, actor }, { event: "auth.sign_in", details: { ip: input.ip, kind, sessionId: session.id } });
  return { ...actor, sessionExpiresAt: session.expiresAt };
}
