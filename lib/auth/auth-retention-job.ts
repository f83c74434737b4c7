import "server-only";
import { and, isNotNull, lt, or } from "drizzle-orm";
import { registrationAttempts, sessions, signInAttempts } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Job } from "@/lib/jobs/types";
import { AUTH_RECORDS_RETENTION_HOURS } from "./rules";

/**
 * Prunes the rate limiters' attempt rows and dead sessions older than the retention, so the
 * tables the limiter counts on every sign-in and registration stay small.
 */
export async function pruneAuthRecords(
  ctx: Ctx,
): Promise<{ signInAttempts: number; registrationAttempts: number; sessions: number }> {
  const cutoff = new Date(ctx.now.getTime() - AUTH_RECORDS_RETENTION_HOURS * 3600 * 1000);
  const signIns = await ctx.db
    .delete(signInAttempts)
    .where(lt(signInAttempts.createdAt, cutoff))
    .returning({ id: signInAttempts.id });
  const registrations = await ctx.db
    .delete(registrationAttempts)
    .where(lt(registrationAttempts.createdAt, cutoff))
    .returning({ id: registrationAttempts.id });
  const dead = await ctx.db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, cutoff), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, cutoff))))
    .returning({ id: sessions.id });
  return { signInAttempts: signIns.length, registrationAttempts: registrations.length, sessions: dead.length };
}

export const authRetentionJob: Job = async (ctx) => pruneAuthRecords(ctx);
