import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, rowsOf, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getEnv } from "@/lib/env";

export interface SyncTarget {
  handle: DbHandle;
  /** Superuser targets apply with session_replication_role = replica (no triggers, no FK order). */
  replica: boolean;
  label: string;
}

const globalForTarget = globalThis as unknown as { __astroSyncTarget?: Promise<SyncTarget> };

/** Migrates a target (same migrations as the primary) and learns what it allows. */
export async function prepareTarget(handle: DbHandle, label: string): Promise<SyncTarget> {
  await migrateDatabase(handle);
  const result = await handle.db.execute(sql`select current_setting('is_superuser') as su`);
  return { handle, replica: rowsOf<{ su: string }>(result)[0]?.su === "on", label };
}

/** SYNC_TARGET_URL, or a second embedded PGlite under DATA_DIR/sync-target; created and migrated on first use. */
export function getSyncTarget(): Promise<SyncTarget> {
  if (!globalForTarget.__astroSyncTarget) {
    const env = getEnv();
    const handle = env.SYNC_TARGET_URL
      ? openPostgres(env.SYNC_TARGET_URL, 4)
      : openPglite(path.join(env.DATA_DIR, "sync-target"));
    const label = env.SYNC_TARGET_URL
      ? "PostgreSQL (SYNC_TARGET_URL)"
      : `embedded PGlite (${path.join(env.DATA_DIR, "sync-target")})`;
    globalForTarget.__astroSyncTarget = prepareTarget(handle, label).catch((error) => {
      globalForTarget.__astroSyncTarget = undefined;
      throw error;
    });
  }
  return globalForTarget.__astroSyncTarget;
}
