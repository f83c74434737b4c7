import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { CHANGE_LOG_TABLES } from "./change-log-tables";
import { rowsOf, type Db, type DbHandle } from "./client";

const root = process.cwd();
const migrationsFolder = path.join(root, "drizzle");

/** The session-level advisory lock every migration takes (one key for every database we migrate). */
export const MIGRATION_LOCK = "astrobookings:migrate";

/**
 * Applies the committed drizzle-kit migrations, then (re)attaches the change-log triggers.
 * Instances that start together (or two first syncs into one target) would otherwise run the
 * same CREATE TYPE / CREATE EXTENSION at once and one would fail: every step runs on one
 * connection that holds a session advisory lock, so the second waits, then finds nothing to do.
 */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  await handle.withConnection(async (db) => {
    await db.execute(sql`select pg_advisory_lock(hashtext(${MIGRATION_LOCK}))`);
    try {
      await applyMigrations(db, handle.kind);
    } finally {
      await db.execute(sql`select pg_advisory_unlock(hashtext(${MIGRATION_LOCK}))`);
    }
  });
}

async function applyMigrations(db: Db, kind: DbHandle["kind"]): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  if (kind === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
  }
  await db.execute(sql.raw(readFileSync(path.join(root, "db/sql/change-log.sql"), "utf8")));
  for (const table of CHANGE_LOG_TABLES) {
    // One statement per call: PGlite prepares each query and refuses several commands.
    await db.execute(sql.raw(`DROP TRIGGER IF EXISTS ${table}_change_log ON ${table}`));
    await db.execute(
      sql.raw(
        `CREATE TRIGGER ${table}_change_log AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION record_change()`,
      ),
    );
  }
}

/** "current" when every committed migration has been applied (for /api/health). */
export async function migrationState(handle: DbHandle): Promise<"current" | "pending"> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  const result = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const applied = rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  return applied >= journal.entries.length ? "current" : "pending";
}
