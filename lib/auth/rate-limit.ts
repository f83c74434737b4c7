import "server-only";
import { and, count, eq, gt, min, sql } from "drizzle-orm";
import { registrationAttempts, signInAttempts } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import {
  REGISTRATION_MAX_PER_IP,
  REGISTRATION_WINDOW_MINUTES,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
  SIGN_IN_MAX_FAILURES_PER_IP,
  SIGN_IN_WINDOW_MINUTES,
} from "./rules";

const WINDOW_MS = SIGN_IN_WINDOW_MINUTES * 60 * 1000;

/**
 * Seconds until another sign-in may be tried, or 0 when allowed. Counts failures in the
 * sliding window in the database, so the limit holds across app instances.
 */
export async function signInRetryAfter(ctx: Ctx, email: string, ip: string): Promise<number> {
  const since = new Date(ctx.now.getTime() - WINDOW_MS);
  const failures = (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string) =>
    ctx.db
      .select({ n: count(), oldest: min(signInAttempts.createdAt) })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.success, false), gt(signInAttempts.createdAt, since)));
  const [[byEmail], [byIp]] = await Promise.all([
    failures(signInAttempts.email, email),
    failures(signInAttempts.ip, ip),
  ]);
  const blockedUntil = (row: { n: number; oldest: Date | null }, max: number) =>
    row.n >= max && row.oldest ? new Date(row.oldest).getTime() + WINDOW_MS : 0;
  const until = Math.max(
    blockedUntil(byEmail, SIGN_IN_MAX_FAILURES_PER_EMAIL),
    blockedUntil(byIp, SIGN_IN_MAX_FAILURES_PER_IP),
  );
  return until > ctx.now.getTime() ? Math.ceil((until - ctx.now.getTime()) / 1000) : 0;
}

export async function recordSignInAttempt(ctx: Ctx, email: string, ip: string, success: boolean): Promise<void> {
  await ctx.db.insert(signInAttempts).values({ email, ip, success, createdAt: ctx.now });
}

const REGISTRATION_WINDOW_MS = REGISTRATION_WINDOW_MINUTES * 60 * 1000;

/**
 * Counts one self-registration attempt from `ip`, or refuses it with `rate_limited` (and
 * the seconds until the oldest attempt leaves the window) once REGISTRATION_MAX_PER_IP
 * attempts fall in the sliding window. Its own short transaction, committed before the
 * registration runs, so a failed registration still counts. A transaction-scoped advisory
 * lock per address makes check-and-insert atomic: two instances (or two requests) cannot
 * both take the last slot.
 */
export async function claimRegistrationAttempt(ctx: Ctx, ip: string): Promise<void> {
  const since = new Date(ctx.now.getTime() - REGISTRATION_WINDOW_MS);
  const retryAfter = await withTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`registration:${ip}`}))`);
    const [row] = await tx.db
      .select({ n: count(), oldest: min(registrationAttempts.createdAt) })
      .from(registrationAttempts)
      .where(and(eq(registrationAttempts.ip, ip), gt(registrationAttempts.createdAt, since)));
    if (row.n >= REGISTRATION_MAX_PER_IP && row.oldest) {
      return Math.max(
        1,
        Math.ceil((new Date(row.oldest).getTime() + REGISTRATION_WINDOW_MS - ctx.now.getTime()) / 1000),
      );
    }
    await tx.db.insert(registrationAttempts).values({ ip, createdAt: ctx.now });
    return 0;
  });
  if (retryAfter > 0) {
    await logEvent(ctx, { level: "warn", event: "auth.register_blocked", details: { ip, retryAfter } });
    const minutes = Math.ceil(retryAfter / 60);
    throw new DomainError(
      "rate_limited",
      `Too many registrations from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      undefined,
      retryAfter,
    );
  }
}
