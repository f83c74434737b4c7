import "server-only";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { logger } from "../lib/monitoring/logger";
import { ensurePrivateDir } from "../lib/private-dir";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The database handle every service takes: a pool, an embedded PGlite, or a transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DbHandle {
  db: Db;
  kind: "postgres" | "pglite";
  /** Runs `fn` on one connection held for its whole duration (session-level locks need it). */
  withConnection: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

export function openPostgres(url: string, max = 10): DbHandle {
  const pool = new Pool({ connectionString: url, max });
  // An idle connection the server drops (restart, failover, pg_terminate_backend) emits
  // 'error' on the pool; unhandled, it would crash the process. The pool discards that
  // client and opens a new one on the next query: log it and go on.
  pool.on("error", (error) => {
    logger.error(
      { err: error, code: (error as { code?: string }).code },
      "database: idle connection lost; the pool will reconnect",
    );
  });
  const db = drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Db;
  const withConnection = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await fn(drizzlePg(client, { schema, casing: "snake_case" }) as unknown as Db);
    } catch (error) {
      // A connection that failed mid-way may still hold a session lock: never reuse it.
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  };
  return { db, kind: "postgres", withConnection, close: () => pool.end() };
}

/** PGlite under `dir` (created if missing), or in memory when `dir` is undefined. */
export function openPglite(dir?: string): DbHandle {
  if (dir) ensurePrivateDir(dir);
  const client = new PGlite({ dataDir: dir, extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  // PGlite has one connection: every query already runs on it.
  return { db, kind: "pglite", withConnection: (fn) => fn(db), close: () => client.close() };
}

export function openDatabase(opts: { databaseUrl?: string; dataDir: string }): DbHandle {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  ensurePrivateDir(opts.dataDir);
  return openPglite(path.join(opts.dataDir, "pglite"));
}

// Kept on globalThis so hot reload in development does not open a second handle.
const globalForDb = globalThis as unknown as { __astroDb?: DbHandle };

/** The application's database, opened lazily so `next build` never touches it. */
export function getDbHandle(): DbHandle {
  if (!globalForDb.__astroDb) {
    // Straight from process.env, not getEnv(): opening the database must not generate the
    // embedded secrets that getEnv() writes under DATA_DIR (nor need them).
    const dataDir = process.env.DATA_DIR || ".data";
    globalForDb.__astroDb = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  }
  return globalForDb.__astroDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

/** Rows of a raw `db.execute(sql…)` on either driver (both answer `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
