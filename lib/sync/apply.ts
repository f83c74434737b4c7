import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { decideApply, type SyncTable } from "./rules";
import { ident, jsonParam, minusExcluded, rowHash, rowJson } from "./sql-helpers";
import type { SyncTarget } from "./target";

/** One row as the primary has it now (`data`), or gone from the primary (`data: null`). */
export interface IncomingRow {
  rowId: string;
  data: Record<string, unknown> | null;
  changeId: number | null;
}

export interface FoundConflict {
  tableName: string;
  rowId: string;
  primaryVersion: Record<string, unknown> | null;
  targetVersion: Record<string, unknown> | null;
}

export interface ApplyOutcome {
  applied: number;
  conflicts: FoundConflict[];
}

/** Runs `fn` in one target transaction: UTC, origin `sync`, and replica mode when allowed. */
export async function inTargetTransaction<T>(target: SyncTarget, fn: (tx: Db) => Promise<T>): Promise<T> {
  return target.handle.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('TimeZone', 'UTC', true), set_config('app.origin', 'sync', true)`);
    // Like logical replication's apply worker: the primary already enforced triggers and
    // foreign keys, so the target takes rows in any data-set order.
    if (target.replica) await tx.execute(sql`set local session_replication_role = replica`);
    return fn(tx as unknown as Db);
  });
}

/** Stands for the hash of an incoming row when the target has no row to compare it with. */
const NEW_ROW = "new-row";

interface Inspected {
  row_id: string;
  incoming_hash: string | null;
  target_hash: string | null;
  target_data: Record<string, unknown> | null;
  state_hash: string | null;
}

/**
 * Applies a batch of rows of one table inside a target transaction. A row the target
 * changed since our last apply (its hash differs from the one we recorded) is returned
 * as a conflict and left alone. Writes are upserts, so applying the same rows again
 * changes nothing (and `skip`s them: the hash already matches).
 */
export async function applyRows(tx: Db, table: SyncTable, columns: string[], rows: IncomingRow[], now: Date): Promise<ApplyOutcome> {
  if (rows.length === 0) return { applied: 0, conflicts: [] };
  const t = ident(table.name);
  const incoming = rows.map((r) => ({ row_id: r.rowId, data: r.data ? { ...r.data, ...table.fill } : null }));
  const inspected = rowsOf<Inspected>(
    await tx.execute(sql`
      select i.row_id,
        -- Hashing the incoming row only matters against an existing target row: a first
        -- copy skips it (a third of the work of a full sync into an empty target).
        case when i.data is null then null when cur.id is null then ${NEW_ROW} else md5((to_jsonb(jsonb_populate_record(null::${t}, i.data))${minusExcluded(table)})::text) end as incoming_hash,
        case when cur.id is null then null else ${rowHash("cur", table)} end as target_hash,
        case when cur.id is null then null else ${rowJson("cur", table)} end as target_data,
        st.hash as state_hash
      from jsonb_to_recordset(${jsonParam(incoming)}) as i(row_id text, data jsonb)
      left join ${t} cur on cur.id = i.row_id::uuid
      left join sync_target_state st on st.table_name = ${table.name} and st.row_id = i.row_id`),
  );
  const byId = new Map(rows.map((r) => [r.rowId, r]));
  const writes: IncomingRow[] = [];
  const stateUpdates: { row_id: string; change_id: number | null; inc: number }[] = [];
  const deletes: string[] = [];
  const forget: string[] = [];
  const conflicts: FoundConflict[] = [];
  for (const row of inspected) {
    const source = byId.get(row.row_id)!;
    switch (decideApply(row.target_hash, row.state_hash, row.incoming_hash)) {
      case "write":
        writes.push(source);
        stateUpdates.push({ row_id: row.row_id, change_id: source.changeId, inc: 1 });
        break;
      case "adopt":
        stateUpdates.push({ row_id: row.row_id, change_id: source.changeId, inc: 0 });
        break;
      case "delete":
        deletes.push(row.row_id);
        break;
      case "forget":
        forget.push(row.row_id);
        break;
      case "conflict":
        conflicts.push({ tableName: table.name, rowId: row.row_id, primaryVersion: source.data, targetVersion: row.target_data });
        break;
      case "skip":
        break;
    }
  }
  if (writes.length) await upsertRowsWithState(tx, table, columns, writes, now);
  const adopted = stateUpdates.filter((u) => u.inc === 0);
  if (adopted.length) await recordState(tx, table, adopted, now);
  if (deletes.length) {
    await tx.execute(sql`delete from ${t} where id in (select jsonb_array_elements_text(${jsonParam(deletes)})::uuid)`);
  }
  if (deletes.length || forget.length) {
    await tx.execute(
      sql`delete from sync_target_state where table_name = ${table.name} and row_id in (select jsonb_array_elements_text(${jsonParam([...deletes, ...forget])}))`,
    );
  }
  return { applied: writes.length + deletes.length, conflicts };
}

/** INSERT … ON CONFLICT (id) DO UPDATE of every writable column, from jsonb rows. */
export async function upsertRows(tx: Db, table: SyncTable, columns: string[], data: Record<string, unknown>[]): Promise<void> {
  const cols = sql.raw(columns.map((c) => `"${c}"`).join(", "));
  const updates = sql.raw(
    columns
      .filter((c) => c !== "id")
      .map((c) => `"${c}" = excluded."${c}"`)
      .join(", "),
  );
  await tx.execute(sql`
    insert into ${ident(table.name)} (${cols})
    select ${cols} from jsonb_populate_recordset(null::${ident(table.name)}, ${jsonParam(data)})
    on conflict (id) do update set ${updates}`);
}

/**
 * Upserts rows and records their hash as stored (RETURNING row → md5) in ONE statement:
 * half the round trips and no second lookup of the rows just written.
 */
async function upsertRowsWithState(tx: Db, table: SyncTable, columns: string[], rows: IncomingRow[], now: Date): Promise<void> {
  const cols = sql.raw(columns.map((c) => `"${c}"`).join(", "));
  const updates = sql.raw(
    columns
      .filter((c) => c !== "id")
      .map((c) => `"${c}" = excluded."${c}"`)
      .join(", "),
  );
  const changeIds = Object.fromEntries(rows.map((r) => [r.rowId, r.changeId]));
  await tx.execute(sql`
    with written as (
      insert into ${ident(table.name)} (${cols})
      select ${cols} from jsonb_populate_recordset(null::${ident(table.name)}, ${jsonParam(rows.map((r) => ({ ...r.data!, ...table.fill })))})
      on conflict (id) do update set ${updates}
      returning *)
    insert into sync_target_state (table_name, row_id, hash, change_id, apply_count, applied_at)
    select ${table.name}, w.id::text, ${rowHash("w", table)}, (${jsonParam(changeIds)} ->> w.id::text)::bigint, 1, ${now.toISOString()}::timestamptz
    from written w
    on conflict (table_name, row_id) do update set hash = excluded.hash, change_id = coalesce(excluded.change_id, sync_target_state.change_id),
      apply_count = sync_target_state.apply_count + 1, applied_at = excluded.applied_at`);
}

/** Records the hash of each row as it now stands on the target (computed there, in UTC). */
export async function recordState(tx: Db, table: SyncTable, updates: { row_id: string; change_id: number | null; inc: number }[], now: Date): Promise<void> {
  await tx.execute(sql`
    insert into sync_target_state (table_name, row_id, hash, change_id, apply_count, applied_at)
    select ${table.name}, w.row_id, ${rowHash("x", table)}, w.change_id, w.inc, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${jsonParam(updates)}) as w(row_id text, change_id bigint, inc int)
    join ${ident(table.name)} x on x.id = w.row_id::uuid
    on conflict (table_name, row_id) do update set hash = excluded.hash, change_id = coalesce(excluded.change_id, sync_target_state.change_id),
      apply_count = sync_target_state.apply_count + excluded.apply_count, applied_at = excluded.applied_at`);
}
