import "server-only";
import { and, count, eq, gt, min, sql } from "drizzle-orm";
import { registrationAttempts, signInAttempts } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { pgErrorOf } from "@/db/errors";
import {
  PASSWORD_CHANGE_MAX_FAILURES,
  PASSWORD_CHANGE_WINDOW_MINUTES,
  REGISTRATION_MAX_PER_IP,
  REGISTRATION_WINDOW_MINUTES,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
  SIGN_IN_LOCK_WAIT_SECONDS,
  SIGN_IN_MAX_FAILURES_PER_IP,
  SIGN_IN_WINDOW_MINUTES,
} from "./rules";

const WINDOW_MS = SIGN_IN_WINDOW_MINUTES * 60 * 1000;
const PASSWORD_CHANGE_WINDOW_MS = PASSWORD_CHANGE_WINDOW_MINUTES * 60 * 1000;

type Purpose = (typeof signInAttempts.purpose.enumValues)[number];
type Counted = { column: typeof signInAttempts.email | typeof signInAttempts.ip; value: string; max: number };

/** Seconds until the oldest failure of the fullest counter leaves the window, or 0 when none is full. */
async function failureRetryAfter(ctx: Ctx, purpose: Purpose, windowMs: number, counters: Counted[]): Promise<number> {
  const since = new Date(ctx.now.getTime() - windowMs);
  const rows = await Promise.all(
    counters.map(({ column, value }) =>
      ctx.db
        .select({ n: count(), oldest: min(signInAttempts.createdAt) })
        .from(signInAttempts)
        .where(
          and(
            eq(column, value),
            eq(signInAttempts.purpose, purpose),
            eq(signInAttempts.success, false),
            gt(signInAttempts.createdAt, since),
          ),
        ),
    ),
  );
  const until = Math.max(
    ...rows.map(([row], i) => (row.n >= counters[i].max && row.oldest ? new Date(row.oldest).getTime() + windowMs : 0)),
  );
  return until > ctx.now.getTime() ? Math.ceil((until - ctx.now.getTime()) / 1000) : 0;
}

/**
 * Seconds until another sign-in may be tried, or 0 when allowed. Counts failures in the
 * sliding window in the database, so the limit holds across app instances.
 */
export function signInRetryAfter(ctx: Ctx, email: string, ip: string): Promise<number> {
  return failureRetryAfter(ctx, "sign_in", WINDOW_MS, [
    { column: signInAttempts.email, value: email, max: SIGN_IN_MAX_FAILURES_PER_EMAIL },
    { column: signInAttempts.ip, value: ip, max: SIGN_IN_MAX_FAILURES_PER_IP },
  ]);
}

export async function recordSignInAttempt(ctx: Ctx, email: string, ip: string, success: boolean): Promise<void> {
  await ctx.db.insert(signInAttempts).values({ email, ip, success, createdAt: ctx.now });
}

/** Seconds until the account's next password change may be tried (its own counter), or 0. */
export function passwordChangeRetryAfter(ctx: Ctx, email: string): Promise<number> {
  return failureRetryAfter(ctx, "password_change", PASSWORD_CHANGE_WINDOW_MS, [
    { column: signInAttempts.email, value: email, max: PASSWORD_CHANGE_MAX_FAILURES },
  ]);
}

export async function recordPasswordChangeFailure(ctx: Ctx, email: string, ip: string): Promise<void> {
  await ctx.db
    .insert(signInAttempts)
    .values({ email, ip, success: false, purpose: "password_change", createdAt: ctx.now });
}

/**
 * Runs count → password check → record for one account under a transaction-scoped
 * advisory lock on `key`, so attempts for the same account are evaluated one at a time:
 * a burst sent at once sees each earlier failure and stops at the limit, instead of all
 * passing the count before any is recorded. A wait longer than SIGN_IN_LOCK_WAIT_SECONDS
 * (a flood on one account) is answered `rate_limited`.
 */
export async function withAttemptLock<T>(ctx: Ctx, key: string, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  try {
    return await withTransaction(ctx, async (tx) => {
      await tx.db.execute(sql.raw(`set local lock_timeout = '${SIGN_IN_LOCK_WAIT_SECONDS}s'`));
      await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
      return fn(tx);
    });
  } catch (error) {
    if (pgErrorOf(error)?.code !== "55P03") throw error;
    throw new DomainError(
      "rate_limited",
      "Too many attempts at once for this account. Try again in a minute.",
      undefined,
      60,
    );
  }
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
