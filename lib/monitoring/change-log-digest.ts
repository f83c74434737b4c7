import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { withTransaction, type Ctx } from "@/lib/context";
import type { Job } from "@/lib/jobs/types";
import { CHANGE_LOG_DIGEST_BATCH } from "./log-rules";

const CURSOR = "change-log-digest";

/**
 * Summarises domain changes from the change log into the activity log (event
 * `data.<table>.<op>`, actor, origin, request id), so every domain change is searchable
 * under /it/logs. A cursor row, locked for the batch, keeps two instances from
 * summarising the same change twice.
 */
export async function digestChangeLog(
  ctx: Ctx,
  limit = CHANGE_LOG_DIGEST_BATCH,
): Promise<{ summarised: number; cursor: number }> {
  return withTransaction(ctx, async (tx) => {
    await tx.db.execute(
      sql`insert into job_cursors (name, position, updated_at) values (${CURSOR}, 0, ${ctx.now.toISOString()}::timestamptz) on conflict (name) do nothing`,
    );
    const position = Number(
      rowsOf<{ position: string | number }>(
        await tx.db.execute(sql`select position from job_cursors where name = ${CURSOR} for update`),
      )[0].position,
    );
    const inserted = rowsOf<{ change_id: string | number }>(
      await tx.db.execute(sql`
        with batch as (select * from change_log where id > ${position} order by id limit ${limit})
        insert into activity_log (at, level, event, actor_id, actor, request_id, message, details)
        select b.at, 'info'::log_level, 'data.' || b.table_name || '.' || b.op, u.id,
          coalesce(u.email, case when b.origin like 'cron:%' then b.origin else 'system:' || b.origin end),
          b.request_id, b.op || ' ' || b.table_name || ' ' || b.row_id || ' (' || b.origin || ')',
          jsonb_build_object('table', b.table_name, 'rowId', b.row_id, 'op', b.op, 'origin', b.origin, 'changeId', b.id)
        from batch b
        left join users u on u.id = (case when b.actor_id ~ '^[0-9a-fA-F-]{36}$' then b.actor_id::uuid end)
        returning (details->>'changeId')::bigint as change_id`),
    );
    const cursor = inserted.reduce((max, r) => Math.max(max, Number(r.change_id)), position);
    if (cursor > position) {
      await tx.db.execute(
        sql`update job_cursors set position = ${cursor}, updated_at = ${ctx.now.toISOString()}::timestamptz where name = ${CURSOR}`,
      );
    }
    return { summarised: inserted.length, cursor };
  });
}

export const changeLogDigestJob: Job = async (ctx) => digestChangeLog(ctx);
