import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { activityLog, bookings, notifications, syncConflicts, syncJobs } from "@/db/schema";
import { withTransaction } from "@/lib/context";
import { isDomainError } from "@/lib/errors";
import { cancelSyncJob, getSyncJob, startSync } from "@/lib/sync/jobs";
import { resolveConflict } from "@/lib/sync/resolve-conflict";
import { runSyncWorker, WorkerKilled, workerClock } from "@/lib/sync/worker";
import {
  addAgencyWithBookings,
  addInvoice,
  addUser,
  createPair,
  NOW,
  SYNCED_TABLES,
  tableRows,
  type Pair,
} from "./fixtures";

let pair: Pair;
beforeAll(async () => {
  pair = await createPair();
});
afterAll(async () => {
  await pair?.destroy();
});

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

async function drain(now = NOW, batchSize?: number) {
  return runSyncWorker(pair.ctx(now), { target: pair.target, workerId: "test-worker", batchSize, maxBatches: 1000 });
}

async function expectEqual(tables = SYNCED_TABLES) {
  for (const table of tables) {
    expect(await tableRows(pair.targetDb.db, table), table).toEqual(await tableRows(pair.primary.db, table));
  }
}

describe("sync", () => {
  it("incremental: inserts, updates and deletes on every data set leave the target equal, without secrets", async () => {
    const { bookings: made, launch } = await addAgencyWithBookings(pair.ctx(), 5);
    const { invoice } = await addInvoice(pair.ctx(), launch);
    const job = await startSync(pair.ctx(), { datasets: "all", mode: "incremental" });
    expect(job.status).toBe("queued");
    const run = await drain();
    expect(run.finished).toEqual([job.id]);
    await expectEqual();
    // The finance history and reminders came too, with the primary's order (seq) in one instant.
    for (const table of ["invoice_status_history", "invoice_reminders"]) {
      expect((await tableRows(pair.targetDb.db, table)).length, table).toBeGreaterThan(0);
    }
    const seqs = rowsOf<{ seq: string; to_status: string }>(
      await pair.targetDb.db.execute(
        sql`select seq::text, to_status from invoice_status_history where invoice_id = ${invoice.id} order by seq`,
      ),
    );
    expect(seqs.map((s) => s.to_status)).toEqual(["issued", "overdue"]);
    const [user] = rowsOf<{ password_hash: string }>(
      await pair.targetDb.db.execute(sql`select password_hash from users limit 1`),
    );
    expect(user.password_hash).toBe("!synced-no-login");

    await withTransaction(pair.ctx(), async (tx) => {
      await tx.db.update(bookings).set({ amountCents: 123 }).where(eq(bookings.id, made[0].id));
      await tx.db.delete(bookings).where(eq(bookings.id, made[1].id));
    });
    await addUser(pair.ctx());
    const second = await startSync(pair.ctx(), { datasets: ["users", "bookings"], mode: "incremental" });
    await drain();
    const done = await getSyncJob(pair.ctx(), second.id);
    expect(done.status).toBe("succeeded");
    expect(done.percent).toBe(100);
    expect(done.rowsApplied).toBe(3);
    await expectEqual();

    // New history and reminders (append-only on the primary) follow incrementally, and a full pass finds nothing to change.
    await addInvoice(pair.ctx(), (await addAgencyWithBookings(pair.ctx(), 0)).launch);
    const third = await startSync(pair.ctx(), { datasets: "all", mode: "incremental" });
    await drain();
    expect((await getSyncJob(pair.ctx(), third.id)).status).toBe("succeeded");
    await expectEqual();
    const full = await startSync(pair.ctx(), { datasets: ["invoices"], mode: "full" });
    await drain();
    expect(await getSyncJob(pair.ctx(), full.id)).toMatchObject({ status: "succeeded", rowsApplied: 0, conflicts: 0 });
    await expectEqual();
  });

  it("full: upserts everything and deletes rows gone from the primary", async () => {
    const { bookings: made } = await addAgencyWithBookings(pair.ctx(), 3);
    await startSync(pair.ctx(), { datasets: "all", mode: "full" });
    await drain();
    await withTransaction(pair.ctx(), (tx) => tx.db.delete(bookings).where(eq(bookings.id, made[2].id)));
    const job = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "full" });
    await drain();
    const done = await getSyncJob(pair.ctx(), job.id);
    expect(done.rowsApplied).toBe(1);
    expect(done.conflicts).toBe(0);
    await expectEqual();
  });

  it("reports a tampered target row as a conflict, changes nothing else, and resolves both ways", async () => {
    const { bookings: made } = await addAgencyWithBookings(pair.ctx(), 3);
    await startSync(pair.ctx(), { datasets: "all", mode: "incremental" });
    await drain();
    await pair.targetDb.db.execute(
      sql`update bookings set amount_cents = 1 where id in (${made[0].id}::uuid, ${made[1].id}::uuid)`,
    );
    const job = await startSync(pair.ctx(), { datasets: "all", mode: "full" });
    await drain();
    const done = await getSyncJob(pair.ctx(), job.id);
    expect(done.conflicts).toBe(2);
    expect(done.rowsApplied).toBe(0);
    const conflicts = await pair.primary.db.select().from(syncConflicts).where(eq(syncConflicts.jobId, job.id));
    expect(conflicts.map((c) => c.rowId).sort()).toEqual([made[0].id, made[1].id].sort());
    expect(conflicts[0].targetVersion).toMatchObject({ amount_cents: 1 });
    expect(conflicts[0].primaryVersion).toMatchObject({ amount_cents: 100000 });

    const overwrite = conflicts.find((c) => c.rowId === made[0].id)!;
    const keep = conflicts.find((c) => c.rowId === made[1].id)!;
    await resolveConflict(pair.ctx(), pair.target, { conflictId: overwrite.id, resolution: "overwrite" });
    await resolveConflict(pair.ctx(), pair.target, { conflictId: keep.id, resolution: "keep_target" });
    const amounts = rowsOf<{ id: string; amount_cents: number }>(
      await pair.targetDb.db.execute(
        sql`select id, amount_cents from bookings where id in (${made[0].id}::uuid, ${made[1].id}::uuid)`,
      ),
    );
    expect(Object.fromEntries(amounts.map((a) => [a.id, a.amount_cents]))).toEqual({
      [made[0].id]: 100000,
      [made[1].id]: 1,
    });
    await expect(
      resolveConflict(pair.ctx(), pair.target, { conflictId: keep.id, resolution: "overwrite" }),
    ).rejects.toMatchObject({ code: "conflict" });

    // The kept version is ours now: a new full sync reports no conflict for it.
    const again = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "full" });
    await drain();
    expect((await getSyncJob(pair.ctx(), again.id)).conflicts).toBe(0);
  });

  it("a conflict found again by a later job stays with the job that found it: each job's count matches its list", async () => {
    const { bookings: made } = await addAgencyWithBookings(pair.ctx(), 2);
    await startSync(pair.ctx(), { datasets: "all", mode: "incremental" });
    await drain();
    await pair.targetDb.db.execute(sql`update bookings set amount_cents = 7 where id = ${made[0].id}::uuid`);
    const first = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "full" });
    await drain();
    await pair.targetDb.db.execute(
      sql`update bookings set amount_cents = 8 where id in (${made[0].id}::uuid, ${made[1].id}::uuid)`,
    );
    const second = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "full" });
    await drain();
    const listOf = (jobId: string) =>
      pair.primary.db.select().from(syncConflicts).where(eq(syncConflicts.jobId, jobId));
    const [firstList, secondList] = [await listOf(first.id), await listOf(second.id)];
    expect(firstList.map((c) => c.rowId)).toEqual([made[0].id]);
    expect(firstList[0].targetVersion).toMatchObject({ amount_cents: 8 }); // refreshed by the later job
    expect(secondList.map((c) => c.rowId)).toEqual([made[1].id]);
    expect((await getSyncJob(pair.ctx(), first.id)).conflicts).toBe(firstList.length);
    expect((await getSyncJob(pair.ctx(), second.id)).conflicts).toBe(secondList.length);
    // Through a job (the API's /sync-jobs/{id}/conflicts/{conflictId}): only that job's conflicts.
    await expect(
      resolveConflict(pair.ctx(), pair.target, {
        jobId: second.id,
        conflictId: firstList[0].id,
        resolution: "overwrite",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await listOf(first.id))[0].resolution).toBeNull();
    await resolveConflict(pair.ctx(), pair.target, {
      jobId: first.id,
      conflictId: firstList[0].id,
      resolution: "overwrite",
    });
    await resolveConflict(pair.ctx(), pair.target, {
      jobId: second.id,
      conflictId: secondList[0].id,
      resolution: "overwrite",
    });
  });

  it("resumes a job killed between batches: ends equal, nothing applied twice", async () => {
    for (let i = 0; i < 12; i++) await addUser(pair.ctx());
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });
    await expect(
      runSyncWorker(pair.ctx(), {
        target: pair.target,
        workerId: "doomed",
        batchSize: 5,
        afterTargetCommit: ({ batch }) => {
          if (batch === 2) throw new WorkerKilled("killed after the target committed batch 2");
        },
      }),
    ).rejects.toBeInstanceOf(WorkerKilled);
    const [stuck] = await pair.primary.db.select().from(syncJobs).where(eq(syncJobs.id, job.id));
    expect(stuck.status).toBe("running");
    // Not yet stale: another worker leaves it alone.
    expect((await drain(later(10), 5)).claimed).toEqual([]);
    const resumed = await drain(later(120), 5);
    expect(resumed.finished).toEqual([job.id]);
    await expectEqual(["users"]);
    const counts = rowsOf<{ apply_count: number }>(
      await pair.targetDb.db.execute(sql`select apply_count from sync_target_state where table_name = 'users'`),
    );
    expect(counts.length).toBeGreaterThan(12);
    expect(counts.every((c) => c.apply_count === 1)).toBe(true);
  });

  it("stamps heartbeats and the end with the time each batch ends, not the run's start", async () => {
    for (let i = 0; i < 8; i++) await addUser(pair.ctx());
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });
    const beats: (Date | null)[] = [];
    // An injected clock that each batch moves 15 s on: the stamps are known exactly.
    let elapsedMs = 0;
    const run = await runSyncWorker(pair.ctx(), {
      target: pair.target,
      workerId: "timed",
      batchSize: 3,
      maxBatches: 1000,
      clock: () => new Date(NOW.getTime() + elapsedMs),
      // Before the primary records batch n: the heartbeat of batch n-1 (or of the claim).
      afterTargetCommit: async () => {
        const [row] = await pair.primary.db
          .select({ heartbeatAt: syncJobs.heartbeatAt })
          .from(syncJobs)
          .where(eq(syncJobs.id, job.id));
        beats.push(row.heartbeatAt);
        elapsedMs += 15_000;
      },
    });
    expect(run.finished).toEqual([job.id]);
    expect(beats.length).toBeGreaterThanOrEqual(3);
    // The claim's heartbeat, then one per batch recorded, each at the time its batch ended.
    expect(beats.map((b) => b!.getTime() - NOW.getTime())).toEqual(beats.map((_, i) => i * 15_000));
    const [row] = await pair.primary.db.select().from(syncJobs).where(eq(syncJobs.id, job.id));
    expect(row.startedAt).toEqual(NOW);
    expect(row.finishedAt!.getTime() - NOW.getTime()).toBe(beats.length * 15_000);
    expect(row.heartbeatAt).toEqual(row.finishedAt);
  });

  it("the default worker clock is the run's ctx.now advanced by the time elapsed since the run began", () => {
    let monotonic = 1_000.4;
    const clock = workerClock(pair.ctx(), () => monotonic);
    expect(clock()).toEqual(NOW);
    monotonic += 2_500;
    expect(clock().getTime() - NOW.getTime()).toBe(2_500);
    monotonic += 0.6;
    expect(clock().getTime() - NOW.getTime()).toBe(2_501);
  });

  it("a job finishing in its first run shows its real duration, and a long run's heartbeat keeps it from being taken over", async () => {
    for (let i = 0; i < 10; i++) await addUser(pair.ctx());
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });
    // A clock that moves 20 s per reading: the run lasts minutes, each batch well under SYNC_STALE_AFTER_SECONDS.
    let tick = 0;
    const clock = () => new Date(NOW.getTime() + 20_000 * tick++);
    const rival: string[][] = [];
    const run = await runSyncWorker(pair.ctx(), {
      target: pair.target,
      workerId: "long-run",
      batchSize: 2,
      maxBatches: 1000,
      clock,
      // Another worker looking in at the same moment never finds the running job stale.
      afterTargetCommit: async () => {
        rival.push(
          (await runSyncWorker(pair.ctx(clock()), { target: pair.target, workerId: "rival", maxBatches: 1 })).claimed,
        );
      },
    });
    expect(run.finished).toEqual([job.id]);
    expect(rival.length).toBeGreaterThanOrEqual(3);
    expect(rival.flat()).toEqual([]);
    const done = await getSyncJob(pair.ctx(), job.id);
    expect(done.durationSeconds).toBeGreaterThan(0);
  });

  it("allows one running sync per data set (409 conflict naming the job), and cancelling frees it", async () => {
    const first = await startSync(pair.ctx(), { datasets: ["agencies", "rockets"], mode: "full" });
    const error = await startSync(pair.ctx(), { datasets: ["rockets"], mode: "incremental" }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe("conflict");
    expect((error as Error).message).toContain(first.id);
    const other = await startSync(pair.ctx(), { datasets: ["launches"], mode: "full" });
    expect(other.status).toBe("queued");
    expect((await cancelSyncJob(pair.ctx(), first.id)).status).toBe("cancelled");
    await expect(cancelSyncJob(pair.ctx(), first.id)).rejects.toMatchObject({ code: "conflict" });
    const retry = await startSync(pair.ctx(), { datasets: ["rockets"], mode: "incremental" });
    await drain();
    expect((await getSyncJob(pair.ctx(), retry.id)).status).toBe("succeeded");
    expect((await getSyncJob(pair.ctx(), first.id)).status).toBe("cancelled");
  });

  it("a job cancelled while its worker applies a batch keeps its data sets until the worker stops; a parked or dead one frees them", async () => {
    for (let i = 0; i < 6; i++) await addUser(pair.ctx());
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });
    let during: unknown;
    const run = await runSyncWorker(pair.ctx(), {
      target: pair.target,
      workerId: "cancelled-mid-batch",
      batchSize: 2,
      maxBatches: 1000,
      afterTargetCommit: async ({ batch }) => {
        if (batch !== 1) return;
        expect((await cancelSyncJob(pair.ctx(), job.id)).status).toBe("cancelled");
        // The batch is applied on the target, not yet recorded: no new job on users meanwhile.
        during = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" }).catch((e: unknown) => e);
      },
    });
    expect(run.batches).toBe(1);
    expect(isDomainError(during) && during.code).toBe("conflict");
    expect((during as Error).message).toContain(job.id);
    // The worker saw the cancel and let go.
    const next = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });

    // Parked between runs (budget spent): another run continues it at once; a cancel frees it at once.
    expect(
      (await runSyncWorker(pair.ctx(), { target: pair.target, workerId: "one-batch", batchSize: 2, maxBatches: 1 }))
        .batches,
    ).toBe(1);
    expect(
      (await runSyncWorker(pair.ctx(), { target: pair.target, workerId: "next-run", batchSize: 2, maxBatches: 1 }))
        .claimed,
    ).toEqual([next.id]);
    await cancelSyncJob(pair.ctx(), next.id);
    const third = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });

    // A worker that dies after the cancel: its data sets are freed once its heartbeat is stale.
    await expect(
      runSyncWorker(pair.ctx(), {
        target: pair.target,
        workerId: "dies",
        batchSize: 2,
        afterTargetCommit: async () => {
          await cancelSyncJob(pair.ctx(), third.id);
          throw new WorkerKilled("killed after the cancel");
        },
      }),
    ).rejects.toBeInstanceOf(WorkerKilled);
    await expect(startSync(pair.ctx(later(10)), { datasets: ["users"], mode: "incremental" })).rejects.toMatchObject({
      code: "conflict",
    });
    const fourth = await startSync(pair.ctx(later(120)), { datasets: ["users"], mode: "incremental" });
    await drain(later(120));
    expect((await getSyncJob(pair.ctx(), fourth.id)).status).toBe("succeeded");
    await expectEqual(["users"]);
  });

  it("refuses other roles", async () => {
    const employee = { ...pair.it, role: "employee" as const };
    await expect(
      startSync({ ...pair.ctx(), actor: employee }, { datasets: "all", mode: "full" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(startSync({ ...pair.ctx(), actor: null }, { datasets: "all", mode: "full" })).rejects.toMatchObject({
      code: "unauthorized",
    });
  });

  it("a failed job alerts every IT employee and logs an error", async () => {
    const [job] = await pair.primary.db
      .insert(syncJobs)
      .values({ mode: "full", datasets: ["no_such_dataset"], createdAt: NOW })
      .returning();
    const run = await drain();
    expect(run.failed).toEqual([job.id]);
    const mails = await pair.primary.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.template, "sync_failed"), eq(notifications.recipient, pair.it.email)));
    expect(mails).toHaveLength(1);
    expect(mails[0].payload).toMatchObject({ jobId: job.id, path: `/it/sync/${job.id}` });
    const logs = await pair.primary.db.select().from(activityLog).where(eq(activityLog.event, "sync.failed"));
    expect(logs.some((l) => l.level === "error" && l.message.includes(job.id))).toBe(true);
  });
});
