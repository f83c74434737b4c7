// The one-statement apply (lib/sync/apply.ts) against every branch of decideApply, on
// PGlite and (with TEST_DATABASE_URL) on the PostgreSQL server, plus the old hash format.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { withTransaction } from "@/lib/context";
import { applyBatch, inTargetTransaction, type ApplyBatch } from "@/lib/sync/apply";
import { getSyncJob, startSync } from "@/lib/sync/jobs";
import { decideApply, SYNC_DATASETS, type SyncTable } from "@/lib/sync/rules";
import { shapeColumns, syncedColumns, tableShape, writableColumns } from "@/lib/sync/sql-helpers";
import { runSyncWorker, WorkerKilled } from "@/lib/sync/worker";
import { addAgencyWithBookings, addUser, createPair, NOW, SYNCED_TABLES, tableRows, type Pair } from "./fixtures";

let pair: Pair;
let columns: string[];
const usersTable = SYNC_DATASETS.users[0] as SyncTable;

beforeAll(async () => {
  pair = await createPair();
  columns = await writableColumns(pair.primary.db, "users");
});
afterAll(async () => {
  await pair?.destroy();
});

type Transport = "json" | "records";

/** The primary's users with these ids as the text a full batch sends: JSON objects, or row-type text. */
async function primaryRows(transport: Transport, ids: string[]): Promise<ApplyBatch["rows"]> {
  const where = sql`u.id::text in (select json_array_elements_text(${JSON.stringify(ids)}::json))`;
  if (transport === "json") {
    const cols = syncedColumns(usersTable, columns).map((c) => `u."${c}"`);
    const [{ rows }] = rowsOf<{ rows: string }>(
      await pair.primary.db.execute(
        sql`select coalesce(json_agg(b), '[]'::json)::text as rows from (select ${sql.raw(cols.join(", "))} from users u where ${where} order by u.id) b`,
      ),
    );
    return { json: rows };
  }
  const names = shapeColumns(await tableShape(pair.primary.db, "users"));
  const row = names.map((c) => (usersTable.exclude.includes(c) ? "null" : `u."${c}"`)).join(", ");
  const [{ rows }] = rowsOf<{ rows: string }>(
    await pair.primary.db.execute(
      sql`select coalesce(array_agg(row(${sql.raw(row)})::users order by u.id), '{}')::text as rows from users u where ${where}`,
    ),
  );
  return { records: rows };
}

const applyTo = (batch: Omit<ApplyBatch, "dataset" | "table" | "columns" | "now">) =>
  inTargetTransaction(pair.target, (tx) =>
    applyBatch(tx, { dataset: "users", table: usersTable, columns, now: NOW, ...batch }),
  );

async function state(id: string): Promise<{ hash: string; apply_count: number } | undefined> {
  return rowsOf<{ hash: string; apply_count: number }>(
    await pair.targetDb.db.execute(
      sql`select hash, apply_count from sync_target_state where table_name = 'users' and row_id = ${id}`,
    ),
  )[0];
}

const targetName = async (id: string) =>
  rowsOf<{ name: string }>(await pair.targetDb.db.execute(sql`select name from users where id = ${id}::uuid`))[0]?.name;

describe.each<Transport>(["json", "records"])(
  "apply (rows as %s): one statement per batch, every decision",
  (transport) => {
    const primaryJson = (ids: string[]) => primaryRows(transport, ids);
    const apply = ({
      rowsJson,
      ...rest
    }: { rowsJson: ApplyBatch["rows"] } & Omit<ApplyBatch, "dataset" | "table" | "columns" | "now" | "rows">) =>
      applyTo({ rows: rowsJson, ...rest });

    it("writes new rows once, skips them when equal, writes the primary's changes, and never applies twice", async () => {
      const a = await addUser(pair.ctx());
      const b = await addUser(pair.ctx());
      const rows = await primaryJson([a.id, b.id]);
      expect(await apply({ rowsJson: rows })).toMatchObject({ applied: 2, gone: 0, conflicts: [] });
      expect(await state(a.id)).toMatchObject({ apply_count: 1, hash: expect.stringMatching(/^h:-?[0-9]+$/) });
      // The same batch again (a worker that died after the target committed): nothing written.
      expect(await apply({ rowsJson: rows })).toMatchObject({ applied: 0, conflicts: [] });
      expect((await state(a.id))?.apply_count).toBe(1);
      // The secret never travels; the placeholder fills the NOT NULL column.
      const [secret] = rowsOf<{ password_hash: string }>(
        await pair.targetDb.db.execute(sql`select password_hash from users where id = ${a.id}::uuid`),
      );
      expect(secret.password_hash).toBe("!synced-no-login");

      await withTransaction(pair.ctx(), (tx) =>
        tx.db.update(users).set({ name: "Renamed on the primary" }).where(eq(users.id, a.id)),
      );
      expect(await apply({ rowsJson: await primaryJson([a.id, b.id]) })).toMatchObject({ applied: 1, conflicts: [] });
      expect(await targetName(a.id)).toBe("Renamed on the primary");
      expect((await state(a.id))?.apply_count).toBe(2);
    });

    it("moves text that needs quoting unchanged (quotes, backslashes, commas, braces, parentheses, newlines, NULL, unicode)", async () => {
      const tricky = 'O\'Brien "the \\ quoted", {braces} (parens)\nNULL, ünïcødé 🚀';
      const a = await addUser(pair.ctx(), { name: tricky, address: "NULL", phone: "" });
      expect(await apply({ rowsJson: await primaryJson([a.id]) })).toMatchObject({ applied: 1, conflicts: [] });
      const target = (await tableRows(pair.targetDb.db, "users")).find((r) => r.id === a.id);
      const primary = (await tableRows(pair.primary.db, "users")).find((r) => r.id === a.id);
      expect(target).toEqual(primary);
      expect(target).toMatchObject({ name: tricky, address: "NULL", phone: "" });
      expect(await apply({ rowsJson: await primaryJson([a.id]) })).toMatchObject({ applied: 0, conflicts: [] });
    });

    it("reports a row changed on the target as a conflict with both versions and leaves it alone", async () => {
      const a = await addUser(pair.ctx());
      await apply({ rowsJson: await primaryJson([a.id]) });
      const before = await state(a.id);
      await pair.targetDb.db.execute(sql`update users set name = 'Edited on the target' where id = ${a.id}::uuid`);
      await withTransaction(pair.ctx(), (tx) =>
        tx.db.update(users).set({ name: "Edited on the primary" }).where(eq(users.id, a.id)),
      );
      const outcome = await apply({ rowsJson: await primaryJson([a.id]) });
      expect(outcome.applied).toBe(0);
      expect(outcome.conflicts).toHaveLength(1);
      expect(outcome.conflicts[0]).toMatchObject({
        tableName: "users",
        rowId: a.id,
        primaryVersion: { name: "Edited on the primary" },
        targetVersion: { name: "Edited on the target" },
      });
      expect(outcome.conflicts[0].primaryVersion).not.toHaveProperty("password_hash");
      expect(outcome.conflicts[0].targetVersion).not.toHaveProperty("password_hash");
      expect(await targetName(a.id)).toBe("Edited on the target");
      expect(await state(a.id)).toEqual(before);
    });

    it("adopts a target row that already equals the primary's, without writing it", async () => {
      const a = await addUser(pair.ctx());
      await apply({ rowsJson: await primaryJson([a.id]) });
      // Another origin made on the target the very change the primary made.
      await withTransaction(pair.ctx(), (tx) =>
        tx.db.update(users).set({ name: "Same on both" }).where(eq(users.id, a.id)),
      );
      const [now] = rowsOf<{ name: string; updated_at: string }>(
        await pair.primary.db.execute(sql`select name, updated_at::text from users where id = ${a.id}::uuid`),
      );
      await pair.targetDb.db.execute(
        sql`update users set name = ${now.name}, updated_at = ${now.updated_at}::timestamptz where id = ${a.id}::uuid`,
      );
      const outcome = await apply({ rowsJson: await primaryJson([a.id]) });
      expect(outcome).toMatchObject({ applied: 0, conflicts: [] });
      expect(await state(a.id)).toMatchObject({ apply_count: 1 });
      // Adopted: it is ours now, so the next batch skips it.
      expect(await apply({ rowsJson: await primaryJson([a.id]) })).toMatchObject({ applied: 0, conflicts: [] });
    });

    it("deletes rows gone from the primary (full range and incremental ids), forgets rows gone on both sides", async () => {
      // Ids of our own, so that no other test's row falls in the range.
      const base = transport === "json" ? "fffffff1" : "fffffff2";
      const ids = [1, 2, 3].map((n) => `${base}-0000-4000-8000-00000000000${n}`);
      for (const id of ids) await addUser(pair.ctx(), { id });
      await apply({ rowsJson: await primaryJson(ids) });
      // Full mode: the primary sent only the first row of the range [ids[0], ids[2]].
      const full = await apply({
        rowsJson: await primaryJson([ids[0]]),
        range: { after: `${base}-0000-4000-8000-000000000000`, upTo: ids[2] },
      });
      expect(full.gone).toBe(2);
      expect(full.conflicts).toEqual([]);
      const left = rowsOf<{ id: string }>(
        await pair.targetDb.db.execute(sql`select id::text from users where id::text in (${ids[1]}, ${ids[2]})`),
      );
      expect(left).toEqual([]);
      expect(await state(ids[1])).toBeUndefined();
      // Incremental: a delete of a row the target already lost, and of one it never had.
      await pair.targetDb.db.execute(sql`delete from users where id = ${ids[0]}::uuid`);
      expect(
        await apply({ rowsJson: { json: "[]" }, deletedIds: [ids[0], "00000000-0000-4000-8000-000000000001"] }),
      ).toMatchObject({ applied: 0, conflicts: [] });
      expect(await state(ids[0])).toBeUndefined();
    });

    it("a row deleted on the target but still on the primary, or changed on the target but deleted on the primary, is a conflict", async () => {
      const [a, b] = [await addUser(pair.ctx()), await addUser(pair.ctx())];
      await apply({ rowsJson: await primaryJson([a.id, b.id]) });
      await pair.targetDb.db.execute(sql`delete from users where id = ${a.id}::uuid`);
      await pair.targetDb.db.execute(sql`update users set name = 'Kept on the target' where id = ${b.id}::uuid`);
      const outcome = await apply({ rowsJson: await primaryJson([a.id]), deletedIds: [b.id] });
      expect(outcome.applied).toBe(0);
      const byId = Object.fromEntries(outcome.conflicts.map((c) => [c.rowId, c]));
      expect(byId[a.id]).toMatchObject({ primaryVersion: { id: a.id }, targetVersion: null });
      expect(byId[b.id]).toMatchObject({ primaryVersion: null, targetVersion: { name: "Kept on the target" } });
      expect(await targetName(a.id)).toBeUndefined();
      expect(await targetName(b.id)).toBe("Kept on the target");
    });

    it("reads hashes recorded in the old format (md5 of the jsonb text): untouched rows stay ours, tampered ones are conflicts", async () => {
      const [a, b] = [await addUser(pair.ctx()), await addUser(pair.ctx())];
      await apply({ rowsJson: await primaryJson([a.id, b.id]) });
      // What a target synced before the record-text hashes holds.
      await inTargetTransaction(pair.target, (tx: Db) =>
        tx.execute(
          sql`update sync_target_state s set hash = md5((to_jsonb(u) - ARRAY['password_hash']::text[])::text) from users u where s.table_name = 'users' and s.row_id = u.id::text and u.id in (${a.id}::uuid, ${b.id}::uuid)`,
        ),
      );
      expect((await state(a.id))?.hash).toMatch(/^[0-9a-f]{32}$/);
      await pair.targetDb.db.execute(sql`update users set name = 'Tampered' where id = ${b.id}::uuid`);
      await withTransaction(pair.ctx(), (tx) =>
        tx.db.update(users).set({ name: "Newer on the primary" }).where(eq(users.id, a.id)),
      );
      const outcome = await apply({ rowsJson: await primaryJson([a.id, b.id]) });
      expect(outcome.conflicts.map((c) => c.rowId)).toEqual([b.id]);
      expect(outcome.applied).toBe(1);
      expect(await targetName(a.id)).toBe("Newer on the primary");
      expect((await state(a.id))?.hash).toMatch(/^h:/);
    });
  },
);

describe("full sync with the new apply path", () => {
  let fresh: Pair;
  beforeAll(async () => {
    fresh = await createPair();
  });
  afterAll(async () => {
    await fresh?.destroy();
  });

  it("a full job killed between batches resumes and ends equal, each row applied exactly once, tampered rows reported", async () => {
    await addAgencyWithBookings(fresh.ctx(), 7);
    await startSync(fresh.ctx(), { datasets: "all", mode: "full" });
    await runSyncWorker(fresh.ctx(), { target: fresh.target, workerId: "first", maxBatches: 1000 });
    await addAgencyWithBookings(fresh.ctx(), 9);
    await fresh.targetDb.db.execute(
      sql`update bookings set amount_cents = 7 where id = (select id from bookings order by id limit 1)`,
    );
    const [{ id: tamperedId }] = rowsOf<{ id: string }>(
      await fresh.targetDb.db.execute(sql`select id::text from bookings where amount_cents = 7`),
    );
    const before = rowsOf<{ row_id: string; apply_count: number }>(
      await fresh.targetDb.db.execute(sql`select row_id, apply_count from sync_target_state`),
    );

    const job = await startSync(fresh.ctx(), { datasets: "all", mode: "full" });
    await expect(
      runSyncWorker(fresh.ctx(), {
        target: fresh.target,
        workerId: "doomed",
        batchSize: 3,
        maxBatches: 1000,
        afterTargetCommit: ({ batch }) => {
          if (batch === 4) throw new WorkerKilled("killed after the target committed batch 4");
        },
      }),
    ).rejects.toBeInstanceOf(WorkerKilled);
    const resumed = await runSyncWorker(fresh.ctx(new Date(NOW.getTime() + 120_000)), {
      target: fresh.target,
      workerId: "heir",
      batchSize: 3,
      maxBatches: 1000,
    });
    expect(resumed.finished).toEqual([job.id]);
    const done = await getSyncJob(fresh.ctx(), job.id);
    expect(done.conflicts).toBe(1);
    for (const table of SYNCED_TABLES) {
      const target = await tableRows(fresh.targetDb.db, table);
      const primary = await tableRows(fresh.primary.db, table);
      if (table === "bookings") {
        expect(
          target.filter((r) => r.id !== tamperedId),
          table,
        ).toEqual(primary.filter((r) => r.id !== tamperedId));
      } else {
        expect(target, table).toEqual(primary);
      }
    }
    // Rows that existed were not written again; the new ones were written once.
    const after = rowsOf<{ row_id: string; apply_count: number }>(
      await fresh.targetDb.db.execute(sql`select row_id, apply_count from sync_target_state`),
    );
    const old = new Map(before.map((r) => [r.row_id, r.apply_count]));
    for (const row of after) expect(row.apply_count, row.row_id).toBe(old.get(row.row_id) ?? 1);
  });
});

describe("apply follows lib/sync/rules decideApply for every combination", () => {
  type Target = "absent" | "T";
  type State = "none" | "T" | "stale";
  type Incoming = "removed" | "T" | "Y";
  const cases: [Target, State, Incoming][] = [];
  for (const target of ["absent", "T"] as Target[])
    for (const state of (target === "absent" ? ["none", "stale"] : ["none", "T", "stale"]) as State[])
      for (const incoming of (target === "absent" ? ["removed", "Y"] : ["removed", "T", "Y"]) as Incoming[])
        cases.push([target, state, incoming]);

  const hashOf = async (id: string) =>
    rowsOf<{ h: string }>(
      await pair.targetDb.db.execute(
        sql`select ${sql.raw(
          `'h:' || hash_record_extended(row(${syncedColumns(usersTable, columns)
            .map((c) => `u."${c}"`)
            .join(", ")}), 0)::text`,
        )} as h from users u where u.id = ${id}::uuid`,
      ),
    )[0]?.h;
  const snapshot = async (id: string) => ({
    row: (await tableRows(pair.targetDb.db, "users")).find((r) => r.id === id) ?? null,
    state: (await state(id)) ?? null,
  });

  it.each(cases)("target %s, recorded hash %s, primary %s", async (target, recorded, incoming) => {
    const u = await addUser(pair.ctx(), { name: "Base" });
    await applyTo({ rows: await primaryRows("records", [u.id]) });
    if (incoming === "Y")
      await withTransaction(pair.ctx(), (tx) =>
        tx.db.update(users).set({ name: "Y on the primary" }).where(eq(users.id, u.id)),
      );
    if (incoming === "T") {
      // The target holds exactly the primary's row, written by someone else.
      await withTransaction(pair.ctx(), (tx) =>
        tx.db.update(users).set({ name: "T on both" }).where(eq(users.id, u.id)),
      );
      const [p] = rowsOf<{ updated_at: string }>(
        await pair.primary.db.execute(sql`select updated_at::text from users where id = ${u.id}::uuid`),
      );
      await pair.targetDb.db.execute(
        sql`update users set name = 'T on both', updated_at = ${p.updated_at}::timestamptz where id = ${u.id}::uuid`,
      );
    } else {
      await pair.targetDb.db.execute(sql`update users set name = 'T on the target' where id = ${u.id}::uuid`);
    }
    if (target === "absent") await pair.targetDb.db.execute(sql`delete from users where id = ${u.id}::uuid`);
    if (recorded === "none") await pair.targetDb.db.execute(sql`delete from sync_target_state where row_id = ${u.id}`);
    if (recorded === "T")
      await pair.targetDb.db.execute(
        sql`update sync_target_state set hash = ${await hashOf(u.id)} where row_id = ${u.id}`,
      );
    if (recorded === "stale")
      await pair.targetDb.db.execute(sql`update sync_target_state set hash = 'h:1' where row_id = ${u.id}`);
    if (incoming === "removed")
      await withTransaction(pair.ctx(), (tx) => tx.db.delete(users).where(eq(users.id, u.id)));

    const expected = decideApply(
      target === "absent" ? null : "T",
      recorded === "none" ? null : recorded === "T" ? "T" : "S",
      incoming === "removed" ? null : incoming,
    );
    const before = await snapshot(u.id);
    const outcome = await applyTo(
      incoming === "removed"
        ? { rows: { json: "[]" }, deletedIds: [u.id] }
        : { rows: await primaryRows("records", [u.id]) },
    );
    const after = await snapshot(u.id);
    const primaryRow = (await tableRows(pair.primary.db, "users")).find((r) => r.id === u.id) ?? null;

    expect(outcome.conflicts.map((c) => c.rowId)).toEqual(expected === "conflict" ? [u.id] : []);
    expect(outcome.applied).toBe(expected === "write" || expected === "delete" ? 1 : 0);
    switch (expected) {
      case "write":
        expect(after.row).toEqual(primaryRow);
        expect(after.state?.hash).toBe(await hashOf(u.id));
        break;
      case "adopt":
        expect(after.row).toEqual(before.row);
        expect(after.state).toMatchObject({ hash: await hashOf(u.id), apply_count: before.state?.apply_count ?? 0 });
        break;
      case "delete":
      case "forget":
        expect(after).toEqual({ row: null, state: null });
        break;
      case "skip":
      case "conflict":
        expect(after).toEqual(before);
        break;
    }
  });
});
