import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { syncConflicts } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { inTargetTransaction, recordState, upsertRows } from "./apply";
import { datasetOfTable } from "./rules";
import type { ResolveConflictInput } from "./schemas";
import { ident, rowJson, writableColumns } from "./sql-helpers";
import type { SyncTarget } from "./target";
import { requireRole } from "@/lib/auth/require-role";

/**
 * Resolves one conflict. keep_target: the target's current version becomes the one we
 * last applied (so later syncs treat it as ours). overwrite: the primary's CURRENT row
 * (or its absence) is written to the target.
 */
export async function resolveConflict(ctx: Ctx, target: SyncTarget, input: ResolveConflictInput & { jobId?: string }) {
  requireRole(ctx, ["it"]);
  // With a job (the API's /sync-jobs/{id}/conflicts/{conflictId}): only a conflict of that job.
  const [conflict] = await ctx.db
    .select()
    .from(syncConflicts)
    .where(and(eq(syncConflicts.id, input.conflictId), input.jobId ? eq(syncConflicts.jobId, input.jobId) : undefined));
  if (!conflict) throw new DomainError("not_found", "There is no such conflict.");
  if (conflict.resolution) throw new DomainError("conflict", "This conflict is already resolved.");
  const found = datasetOfTable(conflict.tableName);
  if (!found) throw new DomainError("validation_failed", `Table ${conflict.tableName} is not synced.`);
  const { table } = found;
  const t = ident(table.name);
  const primaryRow = rowsOf<{ data: Record<string, unknown> }>(
    await ctx.db.execute(sql`select ${rowJson("x", table)} as data from ${t} x where x.id = ${conflict.rowId}::uuid`),
  )[0]?.data;
  const columns = await writableColumns(ctx.db, table.name);
  await inTargetTransaction(target, async (tx) => {
    if (input.resolution === "overwrite") {
      if (primaryRow) {
        await upsertRows(tx, table, columns, [{ ...primaryRow, ...table.fill }]);
      } else {
        await tx.execute(sql`delete from ${t} where id = ${conflict.rowId}::uuid`);
      }
    }
    const exists = rowsOf(await tx.execute(sql`select 1 from ${t} where id = ${conflict.rowId}::uuid`)).length > 0;
    if (exists) {
      await recordState(
        tx,
        table,
        columns,
        [{ row_id: conflict.rowId, change_id: null, inc: input.resolution === "overwrite" ? 1 : 0 }],
        ctx.now,
      );
    } else {
      await tx.execute(
        sql`delete from sync_target_state where table_name = ${table.name} and row_id = ${conflict.rowId}`,
      );
    }
  });
  const [resolved] = await ctx.db
    .update(syncConflicts)
    .set({ resolution: input.resolution, resolvedBy: ctx.actor!.id, resolvedAt: ctx.now })
    .where(and(eq(syncConflicts.id, conflict.id), isNull(syncConflicts.resolution)))
    .returning();
  if (!resolved) throw new DomainError("conflict", "This conflict was resolved meanwhile.");
  await logEvent(ctx, {
    event: "sync.conflict_resolved",
    message: `conflict on ${conflict.tableName} ${conflict.rowId} resolved: ${input.resolution}`,
    details: {
      conflictId: conflict.id,
      jobId: conflict.jobId,
      table: conflict.tableName,
      rowId: conflict.rowId,
      resolution: input.resolution,
    },
  });
  return resolved;
}
