// PostgreSQL server only: several connections, so the claims and the start really race.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { getSyncJob, startSync } from "@/lib/sync/jobs";
import { runSyncWorker } from "@/lib/sync/worker";
import { addUser, createPair, NOW, tableRows, type Pair } from "./fixtures";

let pair: Pair;
beforeAll(async () => {
  pair = await createPair();
  for (let i = 0; i < 40; i++) await addUser(pair.ctx());
});
afterAll(async () => {
  await pair?.destroy();
});

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("sync workers on PostgreSQL", () => {
  it("two concurrent starts of one data set: exactly one is queued, the other gets a conflict", async () => {
    const results = await Promise.allSettled([
      startSync(pair.ctx(), { datasets: ["users"], mode: "full" }),
      startSync(pair.ctx(), { datasets: ["users", "agencies"], mode: "incremental" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    await runSyncWorker(pair.ctx(), { target: pair.target, maxBatches: 1000 });
  });

  it("two workers claiming at once never work the same job twice", async () => {
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });
    const [a, b] = await Promise.all([
      runSyncWorker(pair.ctx(), { target: pair.target, workerId: "a", batchSize: 4, maxBatches: 1000 }),
      runSyncWorker(pair.ctx(), { target: pair.target, workerId: "b", batchSize: 4, maxBatches: 1000 }),
    ]);
    expect([...a.claimed, ...b.claimed]).toEqual([job.id]);
    expect((await getSyncJob(pair.ctx(), job.id)).status).toBe("succeeded");
    expect(await tableRows(pair.targetDb.db, "users")).toEqual(await tableRows(pair.primary.db, "users"));
  });

  it("a worker taking over a presumed-dead job while the first still runs: every row applied exactly once", async () => {
    for (let i = 0; i < 30; i++) await addUser(pair.ctx());
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "incremental" });
    // b's clock is 2 minutes ahead, so a's fresh heartbeat already looks stale to b.
    await Promise.all([
      runSyncWorker(pair.ctx(), { target: pair.target, workerId: "slow-a", batchSize: 3, maxBatches: 1000 }),
      runSyncWorker(pair.ctx(later(120)), { target: pair.target, workerId: "late-b", batchSize: 3, maxBatches: 1000 }),
    ]);
    await runSyncWorker(pair.ctx(later(600)), { target: pair.target, workerId: "c", batchSize: 3, maxBatches: 1000 });
    expect((await getSyncJob(pair.ctx(), job.id)).status).toBe("succeeded");
    expect(await tableRows(pair.targetDb.db, "users")).toEqual(await tableRows(pair.primary.db, "users"));
    const counts = rowsOf<{ apply_count: number }>(
      await pair.targetDb.db.execute(sql`select apply_count from sync_target_state where table_name = 'users'`),
    );
    expect(counts.every((c) => c.apply_count === 1)).toBe(true);
  });
});
