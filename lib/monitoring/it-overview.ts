import "server-only";
import { and, count, eq, gte } from "drizzle-orm";
import { activityLog } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { countNotifications } from "@/lib/notifications/queue-queries";
import { getServiceStatus } from "@/lib/notifications/service-status";
import { providerInfo } from "@/lib/notifications/transport";
import { listSyncJobs } from "@/lib/sync/jobs";
import { OVERVIEW_ERROR_WINDOW_SECONDS } from "./log-rules";

/** The IT console's landing tiles: mail service, outbox, last sync and errors of the last day. */
export async function getItOverview(ctx: Ctx) {
  const [status, counts, jobs, [errors]] = await Promise.all([
    getServiceStatus(ctx, providerInfo(), process.uptime()),
    countNotifications(ctx),
    listSyncJobs(ctx, { page: 1, pageSize: 1 }),
    ctx.db
      .select({ n: count() })
      .from(activityLog)
      .where(
        and(
          eq(activityLog.level, "error"),
          gte(activityLog.at, new Date(ctx.now.getTime() - OVERVIEW_ERROR_WINDOW_SECONDS * 1000)),
        ),
      ),
  ]);
  return {
    notifications: { verdict: status.verdict, reasons: status.reasons, last24h: status.last24h },
    outbox: {
      pending: counts.byStatus.pending,
      failed: counts.byStatus.failed,
      lagSeconds: status.oldestPendingAgeSeconds,
    },
    lastSync: jobs.items[0] ?? null,
    errorsLast24h: errors?.n ?? 0,
  };
}
