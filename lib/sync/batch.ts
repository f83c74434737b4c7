import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { applyRows, inTargetTransaction, type FoundConflict, type IncomingRow } from "./apply";
import { SYNC_DATASETS, type SyncDataset, type SyncTable } from "./rules";
import { ident, jsonParam, rowJson, writableColumns } from "./sql-helpers";
import type { SyncTarget } from "./target";

export interface BatchInput {
  primary: Db;
  target: SyncTarget;
  jobId: string;
  mode: "incremental" | "full";
  dataset: SyncDataset;
  untilChangeId: number;
  batchSize: number;
  now: Date;
}

export interface BatchResult {
  /** The data set has nothing left for this job. */
  done: boolean;
  processed: number;
  applied: number;
  conflicts: FoundConflict[];
  /** The target's change-log cursor for the data set after this batch. */
  changeId: number;
}

interface TargetCursor {
  change_id: number | string;
  job_id: string | null;
  table_index: number;
  last_id: string | null;
}

/**
 * Works one batch of one data set. The position is read from the TARGET's cursor row,
 * locked in the same target transaction that applies the rows and advances it, so a
 * batch commits exactly once even when two workers race or a worker dies mid-way.
 */
export async function runBatch(input: BatchInput): Promise<BatchResult> {
  const tables = SYNC_DATASETS[input.dataset] as readonly SyncTable[];
  return inTargetTransaction(input.target, async (tx) => {
    await tx.execute(
      sql`insert into sync_target_cursors (dataset, change_id, table_index, updated_at) values (${input.dataset}, 0, 0, ${input.now.toISOString()}::timestamptz) on conflict (dataset) do nothing`,
    );
    const cursor = rowsOf<TargetCursor>(await tx.execute(sql`select change_id, job_id, table_index, last_id from sync_target_cursors where dataset = ${input.dataset} for update`))[0];
    const changeId = Number(cursor.change_id);
    return input.mode === "incremental" ? incrementalBatch(tx, input, tables, changeId) : fullBatch(tx, input, tables, cursor, changeId);
  });
}

interface ChangeRow {
  id: number | string;
  table_name: string;
  row_id: string;
  op: "insert" | "update" | "delete";
  data: Record<string, unknown> | null;
}

async function incrementalBatch(tx: Db, input: BatchInput, tables: readonly SyncTable[], changeId: number): Promise<BatchResult> {
  const names = tables.map((t) => t.name);
  const changes = rowsOf<ChangeRow>(
    await input.primary.execute(sql`
      select id, table_name, row_id, op, data from change_log
      where table_name in (select jsonb_array_elements_text(${jsonParam(names)})) and id > ${changeId} and id <= ${input.untilChangeId}
      order by id limit ${input.batchSize}`),
  );
  if (changes.length === 0) return { done: true, processed: 0, applied: 0, conflicts: [], changeId };
  // The last change of each row in this batch is its state as of the batch's end.
  const latest = new Map<string, Map<string, IncomingRow>>();
  for (const change of changes) {
    const perTable = latest.get(change.table_name) ?? new Map<string, IncomingRow>();
    perTable.set(change.row_id, { rowId: change.row_id, data: change.op === "delete" ? null : change.data, changeId: Number(change.id) });
    latest.set(change.table_name, perTable);
  }
  let applied = 0;
  const conflicts: FoundConflict[] = [];
  for (const table of tables) {
    const rows = latest.get(table.name);
    if (!rows) continue;
    const outcome = await applyRows(tx, table, await writableColumns(input.primary, table.name), [...rows.values()], input.now);
    applied += outcome.applied;
    conflicts.push(...outcome.conflicts);
  }
  const last = Number(changes[changes.length - 1].id);
  await tx.execute(sql`update sync_target_cursors set change_id = ${last}, job_id = ${input.jobId}, updated_at = ${input.now.toISOString()}::timestamptz where dataset = ${input.dataset}`);
  return { done: changes.length < input.batchSize, processed: changes.length, applied, conflicts, changeId: last };
}

async function fullBatch(tx: Db, input: BatchInput, tables: readonly SyncTable[], cursor: TargetCursor, changeId: number): Promise<BatchResult> {
  // A new full job starts the data set from its first table.
  const fresh = cursor.job_id !== input.jobId;
  const tableIndex = fresh ? 0 : cursor.table_index;
  const lastId = fresh ? null : cursor.last_id;
  if (tableIndex >= tables.length) return { done: true, processed: 0, applied: 0, conflicts: [], changeId };
  const table = tables[tableIndex];
  const t = ident(table.name);
  const after = lastId ? sql`where x.id > ${lastId}::uuid` : sql``;
  const primaryRows = rowsOf<{ row_id: string; data: Record<string, unknown> }>(
    await input.primary.execute(sql`select x.id::text as row_id, ${rowJson("x", table)} as data from ${t} x ${after} order by x.id limit ${input.batchSize}`),
  );
  const full = primaryRows.length === input.batchSize;
  const maxId = full ? primaryRows[primaryRows.length - 1].row_id : null;
  // Rows the target holds in this id range that the primary no longer has.
  const range = sql.join(
    [lastId ? sql`x.id > ${lastId}::uuid` : sql`true`, maxId ? sql`x.id <= ${maxId}::uuid` : sql`true`, sql`x.id not in (select jsonb_array_elements_text(${jsonParam(primaryRows.map((r) => r.row_id))})::uuid)`],
    sql` and `,
  );
  const gone = rowsOf<{ row_id: string }>(await tx.execute(sql`select x.id::text as row_id from ${t} x where ${range}`));
  const incoming: IncomingRow[] = [
    ...primaryRows.map((r) => ({ rowId: r.row_id, data: r.data, changeId: null })),
    ...gone.map((r) => ({ rowId: r.row_id, data: null, changeId: null })),
  ];
  const outcome = await applyRows(tx, table, await writableColumns(input.primary, table.name), incoming, input.now);
  const nextIndex = full ? tableIndex : tableIndex + 1;
  const finished = nextIndex >= tables.length;
  // A finished full pass covers every change up to the job's snapshot of the change log.
  const nextChangeId = finished ? Math.max(changeId, input.untilChangeId) : changeId;
  await tx.execute(sql`
    update sync_target_cursors set job_id = ${input.jobId}, table_index = ${nextIndex}, last_id = ${maxId}, change_id = ${nextChangeId}, updated_at = ${input.now.toISOString()}::timestamptz
    where dataset = ${input.dataset}`);
  return { done: finished, processed: incoming.length, applied: outcome.applied, conflicts: outcome.conflicts, changeId: nextChangeId };
}
