import "server-only";
import { and, count, eq, gt, min } from "drizzle-orm";
import { signInAttempts } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { SIGN_IN_MAX_FAILURES_PER_EMAIL, SIGN_IN_MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MINUTES } from "./rules";

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
  const [[byEmail], [byIp]] = await Promise.all([failures(signInAttempts.email, email), failures(signInAttempts.ip, ip)]);
  const blockedUntil = (row: { n: number; oldest: Date | null }, max: number) =>
    row.n >= max && row.oldest ? new Date(row.oldest).getTime() + WINDOW_MS : 0;
  const until = Math.max(blockedUntil(byEmail, SIGN_IN_MAX_FAILURES_PER_EMAIL), blockedUntil(byIp, SIGN_IN_MAX_FAILURES_PER_IP));
  return until > ctx.now.getTime() ? Math.ceil((until - ctx.now.getTime()) / 1000) : 0;
}

export async function recordSignInAttempt(ctx: Ctx, email: string, ip: string, success: boolean): Promise<void> {
  await ctx.db.insert(signInAttempts).values({ email, ip, success, createdAt: ctx.now });
}
