import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { isUniqueViolation, pgErrorOf } from "@/db/errors";
import { rowsOf, type Db } from "@/db/client";
import { foreignKeyAdvice, type SyncDataset, type SyncTable } from "./rules";
import {
  HASH_PREFIX,
  hashLike,
  ident,
  identityAlwaysColumns,
  legacyRowHash,
  overriding,
  rowHash,
  rowJson,
  syncedColumns,
} from "./sql-helpers";
import type { SyncTarget } from "./target";

export interface FoundConflict {
  tableName: string;
  rowId: string;
  primaryVersion: Record<string, unknown> | null;
  targetVersion: Record<string, unknown> | null;
}

export interface ApplyOutcome {
  /** Rows written or deleted on the target. */
  applied: number;
  /** Target rows found gone from the primary in the batch's id range (full mode). */
  gone: number;
  conflicts: FoundConflict[];
}

/** Thrown when the target refuses a batch: a short message for the job (never the batch's SQL or parameters). */
export class SyncApplyError extends Error {}

/**
 * Runs `fn` in one target transaction: UTC, origin `sync`, no JIT, and replica mode when
 * allowed. JIT: the batch statement's estimated cost (10,000 rows) passes jit_above_cost,
 * and compiling it took ~70 ms of a ~230 ms batch for nothing it gains back.
 */
export async function inTargetTransaction<T>(target: SyncTarget, fn: (tx: Db) => Promise<T>): Promise<T> {
  return target.handle.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('TimeZone', 'UTC', true), set_config('app.origin', 'sync', true), set_config('jit', 'off', true)`,
    );
    // Like logical replication's apply worker: the primary already enforced triggers and
    // foreign keys, so the target takes rows in any data-set order.
    if (target.replica) await tx.execute(sql`set local session_replication_role = replica`);
    return fn(tx as unknown as Db);
  });
}

export interface ApplyBatch {
  dataset: SyncDataset;
  table: SyncTable;
  /** The table's writable columns (lib/sync/sql-helpers writableColumns). */
  columns: string[];
  /**
   * The primary's rows, as text passed through untouched: a JSON array of objects keyed by
   * column, or (when both databases have the table's exact shape, lib/sync/sql-helpers
   * tableShape) the text of an array of the table's row type, half the bytes and half the
   * parsing.
   */
  rows: { json: string } | { records: string };
  /** Ids deleted on the primary (incremental mode). */
  deletedIds?: string[];
  /** Full mode: target rows with after < id <= upTo (null: unbounded) that `rowsJson` lacks are gone from the primary. */
  range?: { after: string | null; upTo: string | null };
  /** Change-log id per row id (incremental mode), recorded with the row's state. */
  changeIds?: Record<string, number>;
  now: Date;
}

interface Summary {
  written: number;
  deleted: number;
  gone: number;
  conflicts:
    { rowId: string; primary: Record<string, unknown> | null; target: Record<string, unknown> | null }[] | string;
  raced: string[] | string;
}

const parsed = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

/**
 * Applies a batch of one table in ONE statement on the target (inside the caller's target
 * transaction): the rows go over once, as one text parameter (row-type array or JSON), and
 * are compared, written, deleted and recorded in SQL. Per row, by lib/sync/rules decideApply:
 * - the target row's hash equals the one we recorded at our last apply (or there is no
 *   row and no record): write it (upsert) or delete it, and record the new hash;
 * - it differs (another origin changed, created or deleted it): a conflict, returned with
 *   both versions and left alone, unless it already equals the primary's row (adopted).
 * The write re-checks the hash of the row it updates or deletes (ON CONFLICT … WHERE), so
 * a change committed by another origin while the statement ran is not overwritten
 * either: it is returned as a conflict. Re-applying a batch writes nothing (equal rows
 * are skipped), and `apply_count` counts each real write.
 */
export async function applyBatch(tx: Db, batch: ApplyBatch): Promise<ApplyOutcome> {
  const { table } = batch;
  const t = ident(table.name);
  const name = table.name;
  const synced = syncedColumns(table, batch.columns);
  // Identity columns keep the primary's values: inserted with OVERRIDING SYSTEM VALUE, never updated (they never change).
  const identity = await identityAlwaysColumns(tx, name);
  const override = overriding(identity);
  const colList = sql.raw(batch.columns.map((c) => `"${c}"`).join(", "));
  const values = sql.raw(
    batch.columns
      .map((c) =>
        Object.hasOwn(table.fill, c)
          ? `'${table.fill[c].replace(/'/g, "''")}'`
          : table.exclude.includes(c)
            ? "null"
            : `i."${c}"`,
      )
      .join(", "),
  );
  const updates = sql.raw(
    batch.columns
      .filter((c) => c !== "id" && !identity.includes(c))
      .map((c) => `"${c}" = excluded."${c}"`)
      .join(", "),
  );
  // The row (alias `x`) is still as we recorded it: its hash equals sync_target_state's.
  const unchanged = (x: string): SQL =>
    sql`exists (select 1 from sync_target_state s0 where s0.table_name = ${name} and s0.row_id = ${sql.raw(x)}.id::text and s0.hash = ${hashLike(sql`s0.hash`, x, table, synced)})`;
  const changeId = (id: SQL): SQL =>
    batch.changeIds ? sql`(${JSON.stringify(batch.changeIds)}::json ->> ${id}::text)::bigint` : sql`null::bigint`;
  // The recorded hash (st) and the target row's hash in both formats (cur) of row `x`.
  const lookups = (x: string) => sql`
      left join lateral (select s1.hash from sync_target_state s1 where s1.table_name = ${name} and s1.row_id = ${sql.raw(x)}.id::text offset 0) st on true
      left join lateral (
        select true as present, ${rowHash("c", synced)} as now_hash,
          case when st.hash is not null and st.hash not like ${sql.raw(`'${HASH_PREFIX}%'`)} then ${legacyRowHash("c", table)} end as legacy_hash
        from ${t} c where c.id = ${sql.raw(x)}.id offset 0) cur on true`;
  const range = batch.range;
  const goneByRange = range
    ? sql`union all
        select x.id from ${t} x
        where ${range.after ? sql`x.id > ${range.after}::uuid` : sql`true`} and ${range.upTo ? sql`x.id <= ${range.upTo}::uuid` : sql`true`}
          and not exists (select 1 from inc i where i.id = x.id)`
    : sql``;
  const now = batch.now.toISOString();

  const statement = (safe: boolean) => sql`
    with inc as materialized (
      ${"records" in batch.rows ? sql`select * from unnest(${batch.rows.records}::${t}[])` : sql`select * from json_populate_recordset(null::${t}, ${batch.rows.json}::json)`}
    ),
    gone as materialized (
      select g::uuid as id from json_array_elements_text(${JSON.stringify(batch.deletedIds ?? [])}::json) g
      ${goneByRange}
    ),
    -- Each row's target version and recorded hash by index lookups (LATERAL … OFFSET 0 keeps
    -- them per row: a hash join would read the whole target table at every batch), hashed
    -- only where there is a target row to compare with (a first copy computes none).
    cmp as materialized (
      select i.id, false as removed, cur.present is not null as present, st.hash as state_hash, cur.now_hash as target_now,
        case when st.hash like ${sql.raw(`'${HASH_PREFIX}%'`)} then cur.now_hash else cur.legacy_hash end as target_hash,
        case when cur.present then ${rowHash("i", synced)} end as incoming_hash
      from inc i
      ${lookups("i")}
      union all
      select g.id, true, cur.present is not null, st.hash, cur.now_hash,
        case when st.hash like ${sql.raw(`'${HASH_PREFIX}%'`)} then cur.now_hash else cur.legacy_hash end,
        null
      from gone g
      ${lookups("g")}
    ),
    -- lib/sync/rules decideApply, row by row.
    decided as materialized (
      select c.*, case
        when not c.present then
          case when c.state_hash is null then (case when c.removed then 'skip' else 'write' end)
               else (case when c.removed then 'forget' else 'conflict' end) end
        when c.state_hash is null or c.state_hash <> c.target_hash then
          (case when not c.removed and c.incoming_hash = c.target_now then 'adopt' else 'conflict' end)
        when c.removed then 'delete'
        when c.incoming_hash = c.target_now then 'skip'
        else 'write' end as decision
      from cmp c
    ),
    -- Rows the target did not have: a plain insert (ON CONFLICT's speculative insertion cost
    -- a quarter of the write). Another origin inserting the same id meanwhile makes it fail
    -- with a unique violation, and the batch is run again with \`safe\` (see below).
    written_new as (
      insert into ${t} as t (${colList}) ${override}
      select ${values} from inc i join decided d on d.id = i.id and d.decision = 'write' and not d.present
      ${safe ? sql`on conflict (id) do update set ${updates} where ${unchanged("t")}` : sql``}
      returning t.*
    ),
    written_old as (
      insert into ${t} as t (${colList}) ${override}
      select ${values} from inc i join decided d on d.id = i.id and d.decision = 'write' and d.present
      on conflict (id) do update set ${updates} where ${unchanged("t")}
      returning t.*
    ),
    written as (select * from written_new union all select * from written_old),
    deleted as (
      delete from ${t} x
      where x.id = any (array(select d.id from decided d where d.decision = 'delete')) and ${unchanged("x")}
      returning x.id
    ),
    -- New rows had no recorded hash (else they would be conflicts): a plain insert too.
    stated_new as (
      insert into sync_target_state as s (table_name, row_id, hash, change_id, apply_count, applied_at)
      select ${name}, w.id::text, ${rowHash("w", synced)}, ${changeId(sql`w.id`)}, 1, ${now}::timestamptz from written_new w
      ${safe ? sql`on conflict (table_name, row_id) do update set hash = excluded.hash, change_id = coalesce(excluded.change_id, s.change_id), apply_count = s.apply_count + excluded.apply_count, applied_at = excluded.applied_at` : sql``}
      returning 1
    ),
    stated as (
      insert into sync_target_state as s (table_name, row_id, hash, change_id, apply_count, applied_at)
      select ${name}, w.id::text, ${rowHash("w", synced)}, ${changeId(sql`w.id`)}, 1, ${now}::timestamptz from written_old w
      union all
      select ${name}, d.id::text, d.target_now, ${changeId(sql`d.id`)}, 0, ${now}::timestamptz from decided d where d.decision = 'adopt'
      on conflict (table_name, row_id) do update set hash = excluded.hash, change_id = coalesce(excluded.change_id, s.change_id),
        apply_count = s.apply_count + excluded.apply_count, applied_at = excluded.applied_at
      returning 1
    ),
    unstated as (
      delete from sync_target_state s
      where s.table_name = ${name}
        and s.row_id = any (array(select d.id::text from decided d where d.decision = 'forget' union all select id::text from deleted))
      returning 1
    )
    select
      (select count(*) from written)::int as written,
      (select count(*) from deleted)::int as deleted,
      (select count(*) from gone)::int as gone,
      (select coalesce(json_agg(json_build_object('rowId', d.id::text, 'primary', ${rowJson("i", table)}, 'target', ${rowJson("cur", table)})), '[]')
        from decided d left join inc i on i.id = d.id left join lateral (select * from ${t} c where c.id = d.id offset 0) cur on true
        where d.decision = 'conflict') as conflicts,
      -- Decided but refused by the write's re-check (counted first: the id lists only when needed).
      (select coalesce(json_agg(d.id::text), '[]') from decided d
        where (select count(*) from written) + (select count(*) from deleted) < (select count(*) from decided where decision in ('write', 'delete'))
          and ((d.decision = 'write' and d.id not in (select id from written)) or (d.decision = 'delete' and d.id not in (select id from deleted)))) as raced`;

  let summary: Summary;
  try {
    await tx.execute(sql`savepoint sync_apply`);
    try {
      summary = rowsOf<Summary>(await tx.execute(statement(false)))[0];
    } catch (error) {
      // A row inserted by another origin since our snapshot: run the batch again with
      // ON CONFLICT on every write, which reports such a row as a conflict.
      if (!isUniqueViolation(error)) throw error;
      await tx.execute(sql`rollback to savepoint sync_apply`);
      summary = rowsOf<Summary>(await tx.execute(statement(true)))[0];
    }
    await tx.execute(sql`release savepoint sync_apply`);
  } catch (error) {
    throw applyError(error, batch);
  }
  const conflicts: FoundConflict[] = parsed(summary.conflicts).map((c) => ({
    tableName: name,
    rowId: c.rowId,
    primaryVersion: c.primary,
    targetVersion: c.target,
  }));
  const raced = parsed(summary.raced);
  if (raced.length) conflicts.push(...(await racedConflicts(tx, batch, raced)));
  return { applied: summary.written + summary.deleted, gone: summary.gone, conflicts };
}

/**
 * Rows another origin changed on the target while our statement ran (its snapshot saw
 * them as ours; the write's re-check did not): conflicts, with the versions as they stand now.
 */
async function racedConflicts(tx: Db, batch: ApplyBatch, ids: string[]): Promise<FoundConflict[]> {
  const { table } = batch;
  const t = ident(table.name);
  const source =
    "records" in batch.rows
      ? sql`unnest(${batch.rows.records}::${t}[])`
      : sql`json_populate_recordset(null::${t}, ${batch.rows.json}::json)`;
  const versions = rowsOf<{
    id: string;
    primary: Record<string, unknown> | null;
    target: Record<string, unknown> | null;
  }>(
    await tx.execute(sql`
      select r.id, ${rowJson("i", table)} as primary, ${rowJson("cur", table)} as target
      from json_array_elements_text(${JSON.stringify(ids)}::json) as r(id)
      left join ${source} i on i.id = r.id::uuid
      left join ${t} cur on cur.id = r.id::uuid`),
  );
  return versions.map((v) => ({
    tableName: table.name,
    rowId: v.id,
    primaryVersion: parsed(v.primary),
    targetVersion: parsed(v.target),
  }));
}

/** A short, actionable error: foreign keys name the data sets to sync first; never the 4 MB statement. */
function applyError(error: unknown, batch: ApplyBatch): SyncApplyError {
  const pg = pgErrorOf(error);
  // 23503 foreign_key_violation; 23001 restrict_violation (ON DELETE RESTRICT).
  if (pg?.code === "23503" || pg?.code === "23001") {
    const inserting = /^insert or update/i.test(pg.message);
    return new SyncApplyError(
      foreignKeyAdvice(batch.dataset, batch.table.name, inserting, inserting ? undefined : pg.table, pg.detail),
      { cause: pg },
    );
  }
  const message = pg?.message ?? (error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(error));
  return new SyncApplyError(
    `Applying ${batch.table.name} to the target failed: ${message}${pg?.detail ? ` (${pg.detail})` : ""}`,
    { cause: pg ?? error },
  );
}

/** INSERT … ON CONFLICT (id) DO UPDATE of every writable column, from jsonb rows (conflict resolution). */
export async function upsertRows(
  tx: Db,
  table: SyncTable,
  columns: string[],
  data: Record<string, unknown>[],
): Promise<void> {
  const identity = await identityAlwaysColumns(tx, table.name);
  const cols = sql.raw(columns.map((c) => `"${c}"`).join(", "));
  const updates = sql.raw(
    columns
      .filter((c) => c !== "id" && !identity.includes(c))
      .map((c) => `"${c}" = excluded."${c}"`)
      .join(", "),
  );
  await tx.execute(sql`
    insert into ${ident(table.name)} (${cols}) ${overriding(identity)}
    select ${cols} from jsonb_populate_recordset(null::${ident(table.name)}, ${JSON.stringify(data)}::jsonb)
    on conflict (id) do update set ${updates}`);
}

/** Records the hash of each row as it now stands on the target (computed there, in UTC). */
export async function recordState(
  tx: Db,
  table: SyncTable,
  columns: string[],
  updates: { row_id: string; change_id: number | null; inc: number }[],
  now: Date,
): Promise<void> {
  await tx.execute(sql`
    insert into sync_target_state (table_name, row_id, hash, change_id, apply_count, applied_at)
    select ${table.name}, w.row_id, ${rowHash("x", syncedColumns(table, columns))}, w.change_id, w.inc, ${now.toISOString()}::timestamptz
    from json_to_recordset(${JSON.stringify(updates)}::json) as w(row_id text, change_id bigint, inc int)
    join ${ident(table.name)} x on x.id = w.row_id::uuid
    on conflict (table_name, row_id) do update set hash = excluded.hash, change_id = coalesce(excluded.change_id, sync_target_state.change_id),
      apply_count = sync_target_state.apply_count + excluded.apply_count, applied_at = excluded.applied_at`);
}
