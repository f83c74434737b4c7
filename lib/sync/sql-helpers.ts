import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import type { SyncTable } from "./rules";

/** A trusted identifier (our own table and column names, never user input). */
export const ident = (name: string): SQL => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** `to_jsonb(alias) - ARRAY[excluded]`: the row as the sync shows it (conflict versions). */
export function rowJson(alias: string, table: SyncTable): SQL {
  return sql`(to_jsonb(${sql.raw(alias)})${minusExcluded(table)})`;
}

/** ` - ARRAY['col', …]::text[]` for the excluded columns of a table (or nothing). */
export function minusExcluded(table: SyncTable): SQL {
  return sql.raw(table.exclude.length ? ` - ARRAY[${table.exclude.map((c) => `'${c}'`).join(",")}]::text[]` : "");
}

/** Row hashes written since the record hash carry this prefix; older ones are a bare md5 (32 hex digits). */
export const HASH_PREFIX = "h:";

/**
 * The hash the target records for a row: PostgreSQL's hash_record_extended (PostgreSQL 14
 * and later, PGlite too) of its synced columns, in table order: each column hashed by its
 * type's own hash function (the one hash indexes and hash partitions use), so no text is
 * built. ~5× cheaper than md5 of the record text, ~12× cheaper than md5 of the jsonb text.
 * 64 bits tell a changed row from ours; equal values hash equal, whatever the session's
 * time zone or date style.
 */
export function rowHash(alias: string, columns: readonly string[]): SQL {
  const cols = columns.map((c) => `${alias}."${c.replace(/"/g, '""')}"`).join(", ");
  return sql.raw(`('${HASH_PREFIX}' || hash_record_extended(row(${cols}), 0)::text)`);
}

/** The hash format before: md5 of the row's canonical jsonb text in UTC (still compared, never written). */
export const legacyRowHash = (alias: string, table: SyncTable): SQL => sql`md5(${rowJson(alias, table)}::text)`;

/** The row's hash in the format of `recorded` (a hash we stored earlier), so old and new compare right. */
export function hashLike(recorded: SQL, alias: string, table: SyncTable, columns: readonly string[]): SQL {
  return sql`(case when ${recorded} like ${sql.raw(`'${HASH_PREFIX}%'`)} then ${rowHash(alias, columns)} else ${legacyRowHash(alias, table)} end)`;
}

interface TableColumns {
  writable: string[];
  identityAlways: string[];
}
const columnCache = new Map<string, Promise<TableColumns>>();

function tableColumns(db: Db, tableName: string): Promise<TableColumns> {
  let cached = columnCache.get(tableName);
  if (!cached) {
    cached = db
      .execute(
        sql`
        select column_name as name, coalesce(identity_generation, '') = 'ALWAYS' as always from information_schema.columns
        where table_schema = current_schema() and table_name = ${tableName} and is_generated = 'NEVER'
        order by ordinal_position`,
      )
      .then((result) => {
        const rows = rowsOf<{ name: string; always: boolean }>(result);
        if (rows.length === 0) throw new Error(`sync: table ${tableName} has no columns (not migrated?)`);
        return { writable: rows.map((r) => r.name), identityAlways: rows.filter((r) => r.always).map((r) => r.name) };
      });
    cached.catch(() => columnCache.delete(tableName));
    columnCache.set(tableName, cached);
  }
  return cached;
}

/**
 * The columns the sync writes (no generated columns), read once from the catalogue. They
 * include GENERATED ALWAYS identity columns (e.g. invoice_status_history.seq): the target
 * takes the primary's values (OVERRIDING SYSTEM VALUE), so it keeps the same order.
 */
export async function writableColumns(db: Db, tableName: string): Promise<string[]> {
  return (await tableColumns(db, tableName)).writable;
}

/** The GENERATED ALWAYS identity columns of a table: inserted with OVERRIDING SYSTEM VALUE, never updated. */
export async function identityAlwaysColumns(db: Db, tableName: string): Promise<string[]> {
  return (await tableColumns(db, tableName)).identityAlways;
}

/** `overriding system value` when the table has GENERATED ALWAYS identity columns, else nothing. */
export const overriding = (identityAlways: readonly string[]): SQL =>
  sql.raw(identityAlways.length ? "overriding system value" : "");

const shapeCache = new WeakMap<object, Map<string, Promise<string>>>();

/**
 * Every column of a table with its type, in order, as JSON text (`[["id","uuid"], …]`),
 * read once per database (`cacheKey`: the database's handle, when `db` is one of its
 * transactions): two databases whose shapes are equal read each other's row text.
 */
export function tableShape(db: Db, tableName: string, cacheKey: object = db): Promise<string> {
  const perDb = shapeCache.get(cacheKey) ?? new Map<string, Promise<string>>();
  shapeCache.set(cacheKey, perDb);
  let shape = perDb.get(tableName);
  if (!shape) {
    shape = db
      .execute(
        sql`select coalesce(json_agg(json_build_array(attname, format_type(atttypid, atttypmod)) order by attnum), '[]'::json)::text as shape
            from pg_attribute where attrelid = to_regclass(${`"${tableName}"`}) and attnum > 0 and not attisdropped`,
      )
      .then((r) => rowsOf<{ shape: string }>(r)[0]?.shape ?? "[]");
    shape.catch(() => perDb.delete(tableName));
    perDb.set(tableName, shape);
  }
  return shape;
}

/** The column names of a shape from tableShape. */
export const shapeColumns = (shape: string): string[] =>
  (JSON.parse(shape) as [string, string][]).map(([name]) => name);

/** The columns that leave the primary (writable, not excluded), in table order: what is moved and hashed. */
export const syncedColumns = (table: SyncTable, writable: readonly string[]): string[] =>
  writable.filter((c) => !table.exclude.includes(c));

export const jsonParam = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;
