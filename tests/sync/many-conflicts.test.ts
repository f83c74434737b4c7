// A whole batch in conflict (a target filled or rewritten by another origin): every row is
// reported, written in statements that stay under PostgreSQL's 65,535 parameters.
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncConflicts } from "@/db/schema";
import { getSyncJob, startSync } from "@/lib/sync/jobs";
import { runSyncWorker } from "@/lib/sync/worker";
import { addAgencyWithBookings, createPair, type Pair } from "./fixtures";

let pair: Pair;
beforeAll(async () => {
  pair = await createPair();
});
afterAll(async () => {
  await pair?.destroy();
});

const drain = () => runSyncWorker(pair.ctx(), { target: pair.target, workerId: "many", maxBatches: 1000 });

describe("a batch of 10,000 conflicts", () => {
  it("records every conflict of a full batch, and the job's count matches its list", async () => {
    await addAgencyWithBookings(pair.ctx(), 10_000);
    await startSync(pair.ctx(), { datasets: "all", mode: "full" });
    await drain();
    await pair.targetDb.db.execute(sql`update bookings set amount_cents = amount_cents + 1`);
    const job = await startSync(pair.ctx(), { datasets: ["bookings"], mode: "full" });
    const run = await drain();
    expect(run.failed).toEqual([]);
    const done = await getSyncJob(pair.ctx(), job.id);
    expect(done.status).toBe("succeeded");
    const [{ n }] = await pair.primary.db
      .select({ n: count() })
      .from(syncConflicts)
      .where(eq(syncConflicts.jobId, job.id));
    expect(n).toBe(10_000);
    expect(done.conflicts).toBe(10_000);
  });
});
