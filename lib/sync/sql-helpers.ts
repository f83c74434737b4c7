import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import type { SyncTable } from "./rules";

/** A trusted identifier (our own table and column names, never user input). */
export const ident = (name: string): SQL => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** `to_jsonb(alias) - ARRAY[excluded]`: the row as the sync compares and moves it. */
export function rowJson(alias: string, table: SyncTable): SQL {
  return sql`(to_jsonb(${sql.raw(alias)})${minusExcluded(table)})`;
}

/** ` - ARRAY['col', …]::text[]` for the excluded columns of a table (or nothing). */
export function minusExcluded(table: SyncTable): SQL {
  return sql.raw(table.exclude.length ? ` - ARRAY[${table.exclude.map((c) => `'${c}'`).join(",")}]::text[]` : "");
}

/** md5 of the row's canonical jsonb text (jsonb orders keys; the session runs in UTC). */
export const rowHash = (alias: string, table: SyncTable): SQL => sql`md5(${rowJson(alias, table)}::text)`;

const columnCache = new Map<string, string[]>();

/** Writable columns of a table (no generated columns), read once from the catalogue. */
export async function writableColumns(db: Db, tableName: string): Promise<string[]> {
  const cached = columnCache.get(tableName);
  if (cached) return cached;
  const result = await db.execute(sql`
    select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = ${tableName} and is_generated = 'NEVER' and coalesce(identity_generation, '') <> 'ALWAYS'
    order by ordinal_position`);
  const columns = rowsOf<{ name: string }>(result).map((r) => r.name);
  if (columns.length === 0) throw new Error(`sync: table ${tableName} has no columns (not migrated?)`);
  columnCache.set(tableName, columns);
  return columns;
}

export const jsonParam = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;
