import "server-only";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, eq, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import {
  changeLog,
  syncConflicts,
  syncCursors,
  syncDatasetLocks,
  syncJobs,
  users,
  type SyncJobPlan,
} from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { runBatch, type PrimaryRead } from "./batch";
import {
  SYNC_BATCH_SIZE,
  SYNC_BATCHES_PER_RUN,
  SYNC_DATASETS,
  SYNC_STALE_AFTER_SECONDS,
  isDataset,
  type SyncTable,
} from "./rules";
import { ident, jsonParam } from "./sql-helpers";
import type { SyncTarget } from "./target";

type JobRow = typeof syncJobs.$inferSelect;

/** Conflicts written per INSERT statement. */
const CONFLICTS_PER_INSERT = 1000;

/** Thrown by a test hook to simulate a process that dies: the job is left as it stands. */
export class WorkerKilled extends Error {}

export interface WorkerOptions {
  target: SyncTarget;
  workerId?: string;
  maxBatches?: number;
  batchSize?: number;
  staleAfterSeconds?: number;
  /** Test hook: runs after a batch is committed on the target, before the primary records it. */
  afterTargetCommit?: (info: { jobId: string; batch: number }) => void | Promise<void>;
  /**
   * The clock for claims, heartbeats and ends, read at each use (default: workerClock(ctx)).
   * ctx.now stays the run's one instant, where a stable clock is needed.
   */
  clock?: () => Date;
}

/**
 * The run's ctx.now advanced by the real time elapsed since: the wall clock in a run
 * (ctx.now is when the cron created its context), and a clock a test can start anywhere.
 * A heartbeat or end stamped with ctx.now itself would freeze at the run's start: a job
 * finished in its first run would last 0 s and a long run would look dead to other workers.
 */
export function workerClock(ctx: Ctx, monotonicMs: () => number = () => performance.now()): () => Date {
  const start = monotonicMs();
  return () => new Date(ctx.now.getTime() + Math.round(monotonicMs() - start));
}

export interface WorkerResult {
  claimed: string[];
  finished: string[];
  failed: string[];
  batches: number;
}

/**
 * Claims one queued job, a running one parked by a worker whose run ended (claimed_by
 * null), or a running one whose worker stopped beating, without blocking other workers.
 */
export async function claimJob(
  ctx: Ctx,
  workerId: string,
  staleAfterSeconds: number,
  now: Date = ctx.now,
): Promise<JobRow | null> {
  const stale = new Date(now.getTime() - staleAfterSeconds * 1000).toISOString();
  const result = await ctx.db.execute(sql`
    update sync_jobs set status = 'running', claimed_by = ${workerId}, heartbeat_at = ${now.toISOString()}::timestamptz,
      started_at = coalesce(started_at, ${now.toISOString()}::timestamptz)
    where id = (
      select id from sync_jobs
      where status = 'queued' or (status = 'running' and (claimed_by is null or heartbeat_at is null or heartbeat_at < ${stale}::timestamptz))
      order by created_at, id limit 1 for update skip locked)
    returning id`);
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) return null;
  const [row] = await ctx.db.select().from(syncJobs).where(eq(syncJobs.id, id));
  return row ?? null;
}

/** The stop point and expected row count per data set, fixed when the job first starts. */
async function makePlan(ctx: Ctx, job: JobRow): Promise<SyncJobPlan> {
  const [{ maxId }] = await ctx.db.select({ maxId: sql<number>`coalesce(max(${changeLog.id}), 0)` }).from(changeLog);
  const until = Number(maxId);
  const plan: SyncJobPlan = { datasets: {} };
  for (const dataset of job.datasets) {
    if (!isDataset(dataset)) continue;
    const tables = SYNC_DATASETS[dataset] as readonly SyncTable[];
    let totalRows = 0;
    if (job.mode === "full") {
      for (const table of tables) {
        const r = rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${ident(table.name)}`));
        totalRows += r[0]?.n ?? 0;
      }
    } else {
      const [cursor] = await ctx.db.select().from(syncCursors).where(eq(syncCursors.dataset, dataset));
      const r = rowsOf<{ n: number }>(
        await ctx.db.execute(sql`
          select count(*)::int as n from change_log where id > ${cursor?.lastChangeId ?? 0} and id <= ${until}
          and table_name in (select jsonb_array_elements_text(${jsonParam(tables.map((t) => t.name))}))`),
      );
      totalRows = r[0]?.n ?? 0;
    }
    plan.datasets[dataset] = { untilChangeId: until, totalRows };
  }
  return plan;
}

/**
 * The `sync` job: claims queued (or abandoned) jobs with FOR UPDATE SKIP LOCKED and works
 * a bounded number of batches. Each batch commits on the target (rows + target cursor),
 * then on the primary (progress, conflicts, cursor mirror).
 */
export async function runSyncWorker(ctx: Ctx, opts: WorkerOptions): Promise<WorkerResult> {
  const workerId = opts.workerId ?? `worker-${randomUUID()}`;
  const maxBatches = opts.maxBatches ?? SYNC_BATCHES_PER_RUN;
  const clock = opts.clock ?? workerClock(ctx);
  const out: WorkerResult = { claimed: [], finished: [], failed: [], batches: 0 };
  while (out.batches < maxBatches) {
    const job = await claimJob(ctx, workerId, opts.staleAfterSeconds ?? SYNC_STALE_AFTER_SECONDS, clock());
    if (!job) break;
    out.claimed.push(job.id);
    try {
      const outcome = await workJob(ctx, job, workerId, opts, clock, maxBatches - out.batches);
      out.batches += outcome.batches;
      if (outcome.finished) out.finished.push(job.id);
      if (!outcome.finished && !outcome.stopped) break; // budget spent; the next run continues
    } catch (error) {
      if (error instanceof WorkerKilled) throw error;
      await failJob({ ...ctx, now: clock() }, job, workerId, error);
      out.failed.push(job.id);
    }
  }
  return out;
}

async function workJob(
  ctx: Ctx,
  claimed: JobRow,
  workerId: string,
  opts: WorkerOptions,
  clock: () => Date,
  budget: number,
): Promise<{ batches: number; finished: boolean; stopped: boolean }> {
  let job = claimed;
  if (!job.plan) {
    const plan = await makePlan(ctx, job);
    const totalRows = Object.values(plan.datasets).reduce((sum, d) => sum + d.totalRows, 0);
    [job] = await ctx.db.update(syncJobs).set({ plan, totalRows }).where(eq(syncJobs.id, job.id)).returning();
    await logEvent(ctx, {
      event: "sync.started",
      message: `sync ${job.mode} of ${job.datasets.join(", ")} started`,
      details: { jobId: job.id, totalRows },
    });
  }
  const plan = job.plan!;
  let index = Math.max(0, job.datasets.indexOf(job.currentDataset ?? job.datasets[0]));
  let batches = 0;
  let prefetch: PrimaryRead | undefined;
  while (index < job.datasets.length && batches < budget) {
    const dataset = job.datasets[index];
    if (!isDataset(dataset)) throw new Error(`unknown data set ${dataset}`);
    const started = performance.now();
    const result = await runBatch({
      primary: ctx.db,
      target: opts.target,
      jobId: job.id,
      mode: job.mode,
      dataset,
      untilChangeId: plan.datasets[dataset]?.untilChangeId ?? 0,
      batchSize: opts.batchSize ?? SYNC_BATCH_SIZE,
      now: clock(),
      prefetched: prefetch,
    });
    prefetch = result.prefetch;
    batches += 1;
    await opts.afterTargetCommit?.({ jobId: job.id, batch: batches });
    const nextDataset = result.done ? (job.datasets[index + 1] ?? null) : dataset;
    const now = clock();
    const recorded = await withTransaction(ctx, async (tx) => {
      let [row] = await tx.db
        .update(syncJobs)
        .set({
          processedRows: sql`${syncJobs.processedRows} + ${result.processed}`,
          rowsApplied: sql`${syncJobs.rowsApplied} + ${result.applied}`,
          workMs: sql`${syncJobs.workMs} + ${Math.round(performance.now() - started)}`,
          batches: sql`${syncJobs.batches} + 1`,
          heartbeatAt: now,
          currentDataset: nextDataset ?? dataset,
        })
        .where(and(eq(syncJobs.id, job.id), eq(syncJobs.status, "running"), eq(syncJobs.claimedBy, workerId)))
        .returning();
      if (!row) {
        // Cancelled, or taken over by another worker.
        await releaseIfCancelled(tx, job.id, workerId);
        return null;
      }
      if (result.conflicts.length > 0) {
        // One open conflict per row (sync_conflicts_open_row_key). A row still in conflict
        // stays with the job that found it (its versions refreshed): each job's count is
        // the size of its own list, which a move to the newest job would break.
        const unique = [...new Map(result.conflicts.map((c) => [`${c.tableName}\u0000${c.rowId}`, c])).values()];
        // 7 parameters a row: chunks keep a statement under PostgreSQL's 65,535 (a batch of 10,000 may all conflict).
        for (let i = 0; i < unique.length; i += CONFLICTS_PER_INSERT) {
          await tx.db
            .insert(syncConflicts)
            .values(
              unique.slice(i, i + CONFLICTS_PER_INSERT).map((c) => ({
                jobId: job.id,
                dataset,
                tableName: c.tableName,
                rowId: c.rowId,
                primaryVersion: c.primaryVersion,
                targetVersion: c.targetVersion,
                detectedAt: now,
              })),
            )
            .onConflictDoUpdate({
              target: [syncConflicts.tableName, syncConflicts.rowId],
              targetWhere: sql`${syncConflicts.resolution} is null`,
              set: { primaryVersion: sql`excluded.primary_version`, targetVersion: sql`excluded.target_version` },
            });
        }
        [row] = await tx.db
          .update(syncJobs)
          .set({ conflicts: sql`(select count(*)::int from sync_conflicts c where c.job_id = ${job.id})` })
          .where(eq(syncJobs.id, job.id))
          .returning();
      }
      await tx.db
        .insert(syncCursors)
        .values({ dataset, lastChangeId: result.changeId, lastJobId: job.id, updatedAt: now })
        .onConflictDoUpdate({
          target: syncCursors.dataset,
          set: { lastChangeId: result.changeId, lastJobId: job.id, updatedAt: now },
        });
      if (result.done && nextDataset === null) {
        const [done] = await tx.db
          .update(syncJobs)
          .set({ status: "succeeded", finishedAt: now })
          .where(eq(syncJobs.id, job.id))
          .returning();
        await tx.db.delete(syncDatasetLocks).where(eq(syncDatasetLocks.jobId, job.id));
        return done;
      }
      return row;
    });
    if (!recorded) return { batches, finished: false, stopped: true };
    job = recorded;
    if (job.status === "succeeded") {
      await logEvent(
        { ...ctx, now },
        {
          event: "sync.succeeded",
          message: `sync job ${job.id} finished: ${job.rowsApplied} rows applied, ${job.conflicts} conflicts`,
          details: {
            jobId: job.id,
            rowsApplied: job.rowsApplied,
            conflicts: job.conflicts,
            processedRows: job.processedRows,
          },
        },
      );
      return { batches, finished: true, stopped: false };
    }
    if (result.done) index += 1;
  }
  // Budget spent: park the job, so the next run (any worker) continues it at once, and a
  // cancel meanwhile frees its data sets at once (no batch is under way).
  const parked = await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(syncJobs)
      .set({ claimedBy: null })
      .where(and(eq(syncJobs.id, job.id), eq(syncJobs.status, "running"), eq(syncJobs.claimedBy, workerId)))
      .returning({ id: syncJobs.id });
    if (!row) await releaseIfCancelled(tx, job.id, workerId);
    return Boolean(row);
  });
  return { batches, finished: false, stopped: !parked };
}

/**
 * The worker of a job cancelled while it ran has stopped: its data sets are free. A worker
 * whose job was taken over leaves them to the worker that holds it now.
 */
async function releaseIfCancelled(tx: Ctx, jobId: string, workerId: string): Promise<void> {
  await tx.db
    .delete(syncDatasetLocks)
    .where(
      and(
        eq(syncDatasetLocks.jobId, jobId),
        sql`exists (select 1 from sync_jobs j where j.id = ${jobId} and j.status = 'cancelled' and j.claimed_by = ${workerId})`,
      ),
    );
}

/** Marks the job failed (at ctx.now: the caller's clock), frees its data sets, alerts every IT employee and logs an error. */
async function failJob(ctx: Ctx, job: JobRow, workerId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await withTransaction(ctx, async (tx) => {
    const [failed] = await tx.db
      .update(syncJobs)
      .set({
        status: "failed",
        error: message.slice(0, 2000),
        errors: sql`${syncJobs.errors} + 1`,
        finishedAt: ctx.now,
      })
      .where(and(eq(syncJobs.id, job.id), eq(syncJobs.status, "running"), eq(syncJobs.claimedBy, workerId)))
      .returning({ id: syncJobs.id });
    if (!failed) return releaseIfCancelled(tx, job.id, workerId);
    await tx.db.delete(syncDatasetLocks).where(eq(syncDatasetLocks.jobId, job.id));
    const itUsers = await tx.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.role, "it"));
    for (const user of itUsers) {
      await enqueueNotification(tx, {
        template: "sync_failed",
        to: user.email,
        recipientUserId: user.id,
        payload: { jobId: job.id, datasets: job.datasets, error: message.slice(0, 500), path: `/it/sync/${job.id}` },
        idempotencyKey: `sync_failed:${job.id}:${user.id}`,
      });
    }
  });
  await logEvent(ctx, {
    level: "error",
    event: "sync.failed",
    message: `sync job ${job.id} failed: ${message}`,
    details: { jobId: job.id, datasets: job.datasets, error: message },
  });
}
