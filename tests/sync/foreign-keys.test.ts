// A target that checks foreign keys and runs triggers (not a superuser: no replica mode).
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { bookings, launches, payments, syncJobs } from "@/db/schema";
import { withTransaction } from "@/lib/context";
import { getSyncJob, startSync } from "@/lib/sync/jobs";
import type { SyncTarget } from "@/lib/sync/target";
import { runSyncWorker } from "@/lib/sync/worker";
import { addAgencyWithBookings, addInvoice, createPair, SYNCED_TABLES, tableRows, type Pair } from "./fixtures";

let pair: Pair;
let strict: SyncTarget;
beforeAll(async () => {
  pair = await createPair();
  strict = { ...pair.target, replica: false };
});
afterAll(async () => {
  await pair?.destroy();
});

const drain = () =>
  runSyncWorker(pair.ctx(), { target: strict, workerId: "fk-worker", batchSize: 4, maxBatches: 1000 });

async function expectEqual() {
  for (const table of SYNCED_TABLES)
    expect(await tableRows(pair.targetDb.db, table), table).toEqual(await tableRows(pair.primary.db, table));
}

describe("sync into a target without replica mode", () => {
  it("a child data set synced before its parents fails with a message naming the data sets to sync first", async () => {
    await addAgencyWithBookings(pair.ctx(), 3);
    const job = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "full" });
    const run = await drain();
    expect(run.failed).toEqual([job.id]);
    const [failed] = await pair.primary.db.select().from(syncJobs).where(eq(syncJobs.id, job.id));
    expect(failed.error).toMatch(/^Cannot apply bookings \(data set bookings\): the target lacks rows they reference/);
    expect(failed.error).toContain("Sync users, launches first");
    expect(failed.error!.length).toBeLessThan(600);
  });

  it('"all" applies parents first, and incremental deletes go children first', async () => {
    const { bookings: made, launch } = await addAgencyWithBookings(pair.ctx(), 3);
    await withTransaction(pair.ctx(), (tx) =>
      tx.db.insert(payments).values({
        bookingId: made[0].id,
        kind: "charge",
        status: "succeeded",
        amountCents: 100000,
        provider: "test",
        providerRef: "ref-1",
      }),
    );
    // Finance rows: their append-only and immutable triggers run on this target and allow the inserts.
    await addInvoice(pair.ctx(), launch);
    const all = await startSync(pair.ctx(), { datasets: "all", mode: "full" });
    await drain();
    expect((await getSyncJob(pair.ctx(), all.id)).status).toBe("succeeded");
    await expectEqual();
    expect((await tableRows(pair.targetDb.db, "invoice_status_history")).length).toBe(2);
    expect((await tableRows(pair.targetDb.db, "invoice_reminders")).length).toBe(1);

    // Incrementally too (the change log has them), and nothing rewrites the append-only rows.
    await addInvoice(pair.ctx(), (await addAgencyWithBookings(pair.ctx(), 0)).launch);
    const more = await startSync(pair.ctx(), { datasets: "all", mode: "incremental" });
    await drain();
    expect(await getSyncJob(pair.ctx(), more.id)).toMatchObject({ status: "succeeded", error: null });
    await expectEqual();

    // On the primary the payment goes before its booking (ON DELETE RESTRICT); one batch
    // holds both deletes and must apply them in that order on the target too.
    await withTransaction(pair.ctx(), async (tx) => {
      await tx.db.delete(payments).where(eq(payments.bookingId, made[0].id));
      await tx.db.delete(bookings).where(eq(bookings.id, made[0].id));
    });
    const incremental = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "incremental" });
    await drain();
    const done = await getSyncJob(pair.ctx(), incremental.id);
    expect(done.error).toBeNull();
    expect(done.status).toBe("succeeded");
    await expectEqual();
  });

  it("a parent deleted on the primary while the target still has its children names the child data set to sync", async () => {
    const { launch, bookings: made } = await addAgencyWithBookings(pair.ctx(), 2);
    await startSync(pair.ctx(), { datasets: "all", mode: "full" });
    await drain();
    await withTransaction(pair.ctx(), async (tx) => {
      await tx.db.delete(bookings).where(
        inArray(
          bookings.id,
          made.map((b) => b.id),
        ),
      );
      await tx.db.delete(launches).where(and(eq(launches.id, launch.id)));
    });
    const job = await startSync(pair.ctx(), { datasets: ["launches"], mode: "full" });
    await drain();
    const failed = await getSyncJob(pair.ctx(), job.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(
      /^Cannot delete launches rows gone from the primary \(data set launches\): the target still has bookings referencing them/,
    );
    expect(failed.error).toContain("Sync bookings (incremental or full) first, then sync launches again.");
    const [{ n }] = rowsOf<{ n: number }>(
      await pair.targetDb.db.execute(sql`select count(*)::int as n from launches where id = ${launch.id}::uuid`),
    );
    expect(n).toBe(1);

    // As advised: the children first, then the parents again.
    for (const datasets of [["bookings"], ["launches"]]) {
      const fixed = await startSync(pair.ctx(), { datasets, mode: "incremental" });
      await drain();
      expect((await getSyncJob(pair.ctx(), fixed.id)).status).toBe("succeeded");
    }
    await expectEqual();
  });
});
