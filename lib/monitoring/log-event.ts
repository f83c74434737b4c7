import "server-only";
import { activityLog, type LogLevel } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { logger } from "./logger";

export interface LogEventInput {
  level?: LogLevel;
  event: string;
  message?: string;
  details?: Record<string, unknown>;
  /** Overrides the actor label (e.g. the email of a failed sign-in). */
  actor?: string;
}

/** Who did it, as the log shows it: the user's email, or the process for jobs. */
function actorLabel(ctx: Ctx): string {
  return ctx.actor?.email ?? (ctx.origin.startsWith("cron:") ? ctx.origin : `system:${ctx.origin}`);
}

/**
 * Writes a significant event to stdout and to the activity log. Never throws: a log
 * failure must not break the operation that is being logged.
 */
export async function logEvent(ctx: Ctx, input: LogEventInput): Promise<void> {
  const level = input.level ?? "info";
  const actor = input.actor ?? actorLabel(ctx);
  const details = input.details ?? {};
  logger[level]({ event: input.event, actor, requestId: ctx.requestId, ...details }, input.message ?? input.event);
  try {
    await ctx.db.insert(activityLog).values({
      at: ctx.now,
      level,
      event: input.event,
      actorId: ctx.actor?.id ?? null,
      actor,
      requestId: ctx.requestId,
      message: input.message ?? "",
      details,
    });
  } catch (error) {
    logger.error({ err: error, event: input.event }, "activity log write failed");
  }
}
