import "server-only";
import { and, count, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import { syncConflicts, syncDatasetLocks, syncJobs } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { orderDatasets, SYNC_RECENT_SECONDS, SYNC_STALE_AFTER_SECONDS } from "./rules";
import type { ListSyncJobsQuery, StartSyncInput, SyncJobView } from "./schemas";
import { toJobView } from "./serialize";
import { requireRole } from "@/lib/auth/require-role";

/**
 * Queues a sync job and answers at once (the `sync` job works it). The data-set locks
 * are inserted in the same transaction: their primary key makes a second start of a
 * data set that is queued or running fail, whatever the number of app instances.
 */
export async function startSync(ctx: Ctx, input: StartSyncInput): Promise<SyncJobView> {
  requireRole(ctx, ["it"]);
  const datasets = orderDatasets(input.datasets);
  if (datasets.length === 0)
    throw new DomainError("validation_failed", "Choose at least one data set.", {
      datasets: ["Choose at least one data set."],
    });
  const job = await withTransaction(ctx, async (tx) => {
    // A cancelled job keeps its locks until its worker stops (lib/sync/worker); one whose
    // worker died meanwhile (no heartbeat for SYNC_STALE_AFTER_SECONDS) lets them go now.
    const stale = new Date(ctx.now.getTime() - SYNC_STALE_AFTER_SECONDS * 1000).toISOString();
    await tx.db
      .delete(syncDatasetLocks)
      .where(
        and(
          inArray(syncDatasetLocks.dataset, datasets),
          sql`${syncDatasetLocks.jobId} in (select j.id from sync_jobs j where j.status = 'cancelled' and (j.heartbeat_at is null or j.heartbeat_at < ${stale}::timestamptz))`,
        ),
      );
    const [row] = await tx.db
      .insert(syncJobs)
      .values({ mode: input.mode, datasets, currentDataset: datasets[0], createdBy: ctx.actor!.id, createdAt: ctx.now })
      .returning();
    const locked = await tx.db
      .insert(syncDatasetLocks)
      .values(datasets.map((dataset) => ({ dataset, jobId: row.id, lockedAt: ctx.now })))
      .onConflictDoNothing()
      .returning({ dataset: syncDatasetLocks.dataset });
    if (locked.length < datasets.length) {
      const busy = await tx.db
        .select({ dataset: syncDatasetLocks.dataset, jobId: syncDatasetLocks.jobId, status: syncJobs.status })
        .from(syncDatasetLocks)
        .innerJoin(syncJobs, eq(syncJobs.id, syncDatasetLocks.jobId))
        .where(and(inArray(syncDatasetLocks.dataset, datasets), sql`${syncDatasetLocks.jobId} <> ${row.id}`));
      const names = busy.map((b) => b.dataset).join(", ");
      const holder = busy[0]?.jobId ?? "another job";
      // Throwing rolls the transaction back: no job, no lock.
      if (busy[0]?.status === "cancelled") {
        throw new DomainError(
          "conflict",
          `Sync job ${holder} was cancelled and is finishing its current batch for ${names}. Try again in a moment.`,
        );
      }
      throw new DomainError(
        "conflict",
        `Sync job ${holder} is already running for ${names}. Wait for it to finish or cancel it.`,
      );
    }
    return row;
  });
  await logEvent(ctx, {
    event: "sync.queued",
    message: `sync ${job.mode} of ${datasets.join(", ")} queued`,
    details: { jobId: job.id, datasets, mode: job.mode },
  });
  return toJobView(job);
}

export async function listSyncJobs(
  ctx: Ctx,
  query: ListSyncJobsQuery,
): Promise<{ items: SyncJobView[]; total: number; page: number; pageSize: number }> {
  requireRole(ctx, ["it"]);
  const where = query.status ? eq(syncJobs.status, query.status) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(syncJobs)
      .where(where)
      .orderBy(desc(syncJobs.createdAt), desc(syncJobs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(syncJobs).where(where),
  ]);
  return { items: rows.map(toJobView), total, page: query.page, pageSize: query.pageSize };
}

/** Jobs queued or running, and those that ended in the last few minutes, for the live dashboard. */
export async function listActiveSyncJobs(ctx: Ctx): Promise<SyncJobView[]> {
  requireRole(ctx, ["it"]);
  const since = new Date(ctx.now.getTime() - SYNC_RECENT_SECONDS * 1000);
  const rows = await ctx.db
    .select()
    .from(syncJobs)
    .where(or(inArray(syncJobs.status, ["queued", "running"]), gt(syncJobs.finishedAt, since)))
    .orderBy(desc(syncJobs.createdAt))
    .limit(20);
  return rows.map(toJobView);
}

export async function getSyncJob(ctx: Ctx, id: string): Promise<SyncJobView> {
  requireRole(ctx, ["it"]);
  const [row] = await ctx.db.select().from(syncJobs).where(eq(syncJobs.id, id));
  if (!row) throw new DomainError("not_found", "There is no such sync job.");
  return toJobView(row);
}

export async function listConflicts(ctx: Ctx, jobId: string, page: number, pageSize: number) {
  requireRole(ctx, ["it"]);
  const where = eq(syncConflicts.jobId, jobId);
  const [items, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(syncConflicts)
      .where(where)
      .orderBy(syncConflicts.detectedAt, syncConflicts.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ total: count() }).from(syncConflicts).where(where),
  ]);
  return { items, total, page, pageSize };
}

/**
 * Cancels a queued or running job. A job no worker holds (queued, or parked between worker
 * runs) frees its data sets at once; one a worker holds keeps them until that worker,
 * finishing the batch under way, sees the cancel and frees them (lib/sync/worker), so no
 * new job on those data sets runs alongside it.
 */
export async function cancelSyncJob(ctx: Ctx, id: string): Promise<SyncJobView> {
  requireRole(ctx, ["it"]);
  const row = await withTransaction(ctx, async (tx) => {
    // The row lock orders this against a worker's claim (FOR UPDATE SKIP LOCKED) and its batch records.
    const [current] = await tx.db
      .select({ status: syncJobs.status, claimedBy: syncJobs.claimedBy })
      .from(syncJobs)
      .where(eq(syncJobs.id, id))
      .for("update");
    if (!current) throw new DomainError("not_found", "There is no such sync job.");
    if (current.status !== "queued" && current.status !== "running")
      throw new DomainError("conflict", "This job has already finished.");
    const [updated] = await tx.db
      .update(syncJobs)
      .set({ status: "cancelled", finishedAt: ctx.now })
      .where(eq(syncJobs.id, id))
      .returning();
    if (current.status === "queued" || current.claimedBy === null)
      await tx.db.delete(syncDatasetLocks).where(eq(syncDatasetLocks.jobId, id));
    return updated;
  });
  await logEvent(ctx, {
    level: "warn",
    event: "sync.cancelled",
    message: `sync job ${id} cancelled`,
    details: { jobId: id },
  });
  return toJobView(row);
}
