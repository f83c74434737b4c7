// PostgreSQL server only: another origin changes a target row WHILE the sync's statement
// runs. The statement's snapshot still shows the row as we recorded it, so it decides to
// write; the write re-checks the row it locks (ON CONFLICT … WHERE) and must not overwrite it.
import { and, eq, sql } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { syncConflicts, users } from "@/db/schema";
import { withTransaction } from "@/lib/context";
import { getSyncJob, startSync } from "@/lib/sync/jobs";
import { runSyncWorker } from "@/lib/sync/worker";
import { addUser, createPair, type Pair } from "./fixtures";

let pair: Pair;
beforeAll(async () => {
  pair = await createPair();
});
afterAll(async () => {
  await pair?.destroy();
});

async function waitForLockWait(other: Client, pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await other.query(
      "select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> $1",
      [pid],
    );
    if (rows.length) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the sync statement never waited for the row lock");
}

/**
 * Runs a full sync of users while another connection holds `statement` uncommitted on the
 * target, commits it once the sync's statement waits for its row lock, and returns the job id.
 */
async function fullSyncRacing(statement: string, params: unknown[]): Promise<string> {
  const other = new Client({ connectionString: pair.targetDb.url });
  const watcher = new Client({ connectionString: pair.targetDb.url });
  await other.connect();
  await watcher.connect();
  try {
    const { rows } = await other.query("select pg_backend_pid() as pid");
    await other.query("begin");
    await other.query(statement, params);
    const job = await startSync(pair.ctx(), { datasets: ["users"], mode: "full" });
    const running = runSyncWorker(pair.ctx(), { target: pair.target, maxBatches: 100 });
    await waitForLockWait(watcher, rows[0].pid as number);
    await other.query("commit");
    await running;
    return job.id;
  } finally {
    await other.end();
    await watcher.end();
  }
}

describe("sync apply racing another origin on the target", () => {
  it("a change committed on the target while the batch runs is a conflict, not overwritten", async () => {
    const a = await addUser(pair.ctx());
    await startSync(pair.ctx(), { datasets: ["users"], mode: "full" });
    await runSyncWorker(pair.ctx(), { target: pair.target, maxBatches: 100 });
    await withTransaction(pair.ctx(), (tx) =>
      tx.db.update(users).set({ name: "Changed on the primary" }).where(eq(users.id, a.id)),
    );

    const jobId = await fullSyncRacing("update users set name = 'Changed on the target meanwhile' where id = $1", [
      a.id,
    ]);

    const done = await getSyncJob(pair.ctx(), jobId);
    expect(done.status).toBe("succeeded");
    expect(done.conflicts).toBe(1);
    const [name] = rowsOf<{ name: string }>(
      await pair.targetDb.db.execute(sql`select name from users where id = ${a.id}::uuid`),
    );
    expect(name.name).toBe("Changed on the target meanwhile");
    const [{ apply_count }] = rowsOf<{ apply_count: number }>(
      await pair.targetDb.db.execute(sql`select apply_count from sync_target_state where row_id = ${a.id}`),
    );
    expect(apply_count).toBe(1);
  });

  it("a row another origin inserts with the same id while the batch runs is a conflict, not overwritten", async () => {
    const b = await addUser(pair.ctx(), { name: "New on the primary" });
    const jobId = await fullSyncRacing(
      "insert into users (id, email, password_hash, name, role) values ($1, 'someone-else@example.test', 'x', 'Inserted on the target meanwhile', 'traveler')",
      [b.id],
    );

    expect((await getSyncJob(pair.ctx(), jobId)).status).toBe("succeeded");
    // (The first test's row is reported again: it still differs from what we recorded.)
    const [conflict] = await pair.primary.db
      .select()
      .from(syncConflicts)
      .where(and(eq(syncConflicts.jobId, jobId), eq(syncConflicts.rowId, b.id)));
    expect(conflict).toMatchObject({
      primaryVersion: { name: "New on the primary" },
      targetVersion: { name: "Inserted on the target meanwhile" },
    });
    const [name] = rowsOf<{ name: string }>(
      await pair.targetDb.db.execute(sql`select name from users where id = ${b.id}::uuid`),
    );
    expect(name.name).toBe("Inserted on the target meanwhile");
    expect(rowsOf(await pair.targetDb.db.execute(sql`select 1 from sync_target_state where row_id = ${b.id}`))).toEqual(
      [],
    );
  });
});
