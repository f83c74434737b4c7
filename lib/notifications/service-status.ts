import "server-only";
import { and, count, desc, eq, gte, inArray, max, min, sql } from "drizzle-orm";
import { dispatcherRuns, notificationAttempts, notifications } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { computeVerdict, failureRate, MIN_ATTEMPTS_FOR_RATE, STATUS_THRESHOLDS } from "./rules";
import type { ServiceStatus } from "./schemas";
import { requireRole } from "@/lib/auth/require-role";

export interface ProviderInfo {
  provider: "resend" | "mailbox";
  configured: boolean;
  baseUrl: string | null;
}

const HOUR = 3_600_000;

async function windowStats(ctx: Ctx, since: Date) {
  const [[sent], [failed], [attempts]] = await Promise.all([
    ctx.db.select({ n: count() }).from(notifications).where(gte(notifications.sentAt, since)),
    ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.status, "failed"), gte(notifications.updatedAt, since))),
    ctx.db
      .select({
        n: count(),
        failed: sql<number>`count(*) filter (where not ${notificationAttempts.ok})`.mapWith(Number),
      })
      .from(notificationAttempts)
      .where(gte(notificationAttempts.createdAt, since)),
  ]);
  return {
    sent: sent.n,
    failed: failed.n,
    attempts: attempts.n,
    failedAttempts: attempts.failed,
    failureRate: failureRate(attempts.n, attempts.failed),
  };
}

/** The service-status numbers and verdict, as of ctx.now. `processUptimeSeconds` is this instance's. */
export async function getServiceStatus(
  ctx: Ctx,
  provider: ProviderInfo,
  processUptimeSeconds: number,
): Promise<ServiceStatus> {
  requireRole(ctx, ["it"]);
  const now = ctx.now;
  const [lastHour, last24h, [lastSent], queueRows, [oldest], [lastRun]] = await Promise.all([
    windowStats(ctx, new Date(now.getTime() - HOUR)),
    windowStats(ctx, new Date(now.getTime() - 24 * HOUR)),
    ctx.db.select({ at: max(notifications.sentAt) }).from(notifications),
    ctx.db
      .select({ queue: notifications.queue, status: notifications.status, n: count() })
      .from(notifications)
      .where(inArray(notifications.status, ["pending", "sending"]))
      .groupBy(notifications.queue, notifications.status),
    ctx.db
      .select({ at: min(notifications.createdAt) })
      .from(notifications)
      .where(eq(notifications.status, "pending")),
    ctx.db.select().from(dispatcherRuns).orderBy(desc(dispatcherRuns.startedAt)).limit(1),
  ]);
  const queues = { vip: { pending: 0, sending: 0 }, default: { pending: 0, sending: 0 } };
  for (const r of queueRows) if (r.status === "pending" || r.status === "sending") queues[r.queue][r.status] = r.n;
  const pendingCount = queues.vip.pending + queues.default.pending;
  const oldestPendingAgeSeconds = oldest?.at
    ? Math.max(0, Math.round((now.getTime() - oldest.at.getTime()) / 1000))
    : null;
  const secondsSinceLastRun = lastRun
    ? Math.max(0, Math.round((now.getTime() - lastRun.finishedAt.getTime()) / 1000))
    : null;
  const { verdict, reasons } = computeVerdict({
    providerConfigured: provider.configured,
    attemptsLastHour: lastHour.attempts,
    failedAttemptsLastHour: lastHour.failedAttempts,
    attemptsLast24h: last24h.attempts,
    failedAttemptsLast24h: last24h.failedAttempts,
    oldestPendingAgeSeconds,
    secondsSinceLastRun,
    pendingCount,
  });
  const uptimeSeconds = Math.max(0, Math.floor(processUptimeSeconds));
  return {
    generatedAt: now.toISOString(),
    provider: { name: provider.provider, configured: provider.configured, baseUrl: provider.baseUrl },
    uptime: { startedAt: new Date(now.getTime() - uptimeSeconds * 1000).toISOString(), seconds: uptimeSeconds },
    lastSuccessfulSendAt: lastSent?.at?.toISOString() ?? null,
    lastHour,
    last24h,
    queues,
    oldestPendingAgeSeconds,
    lastRun: lastRun
      ? {
          startedAt: lastRun.startedAt.toISOString(),
          finishedAt: lastRun.finishedAt.toISOString(),
          durationMs: lastRun.durationMs,
          claimed: lastRun.claimed,
          sent: lastRun.sent,
          failed: lastRun.failed,
          retried: lastRun.retried,
          recovered: lastRun.recovered,
        }
      : null,
    verdict,
    reasons,
    thresholds: { ...STATUS_THRESHOLDS, minAttemptsForRate: MIN_ATTEMPTS_FOR_RATE },
  };
}
