import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import type { Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import type { Job } from "@/lib/jobs/types";
import { logEvent } from "./log-event";
import { RETENTION_BATCH, RETENTION_MAX_BATCHES, retentionCutoff } from "./log-rules";

/** Deletes activity-log entries older than `days`, in batches (short locks), and logs what it removed. */
export async function pruneActivityLog(
  ctx: Ctx,
  days: number,
  batchSize = RETENTION_BATCH,
): Promise<{ removed: number; cutoff: string }> {
  const cutoff = retentionCutoff(ctx.now, days).toISOString();
  let removed = 0;
  for (let i = 0; i < RETENTION_MAX_BATCHES; i++) {
    const result = await ctx.db.execute(sql`
      with doomed as (select id from activity_log where at < ${cutoff}::timestamptz order by at, id limit ${batchSize}),
      gone as (delete from activity_log a using doomed d where a.id = d.id returning 1)
      select count(*)::int as n from gone`);
    const n = rowsOf<{ n: number }>(result)[0]?.n ?? 0;
    removed += n;
    if (n < batchSize) break;
  }
  await logEvent(ctx, {
    event: "log.retention",
    message: `removed ${removed} log entries older than ${days} days`,
    details: { removed, cutoff, days },
  });
  return { removed, cutoff };
}

export const logRetentionJob: Job = async (ctx) => pruneActivityLog(ctx, getEnv().LOG_RETENTION_DAYS);
