import "server-only";
import { sql } from "drizzle-orm";
import { getDbHandle, rowsOf, type DbHandle } from "@/db/client";
import { migrationState } from "@/db/migrate";

export interface Health {
  status: "ok" | "down";
  db: "ok" | "unreachable";
  migrations?: "current" | "pending";
  queueLagSeconds?: number;
}

/** Database reachability, migration state and the age of the oldest due notification. */
export async function checkHealth(handle: DbHandle, now: Date): Promise<Health> {
  try {
    const result = await handle.db.execute(
      sql`select extract(epoch from (${now.toISOString()}::timestamptz - min(next_attempt_at)))::float as lag from notifications where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz`,
    );
    const lag = rowsOf<{ lag: number | null }>(result)[0]?.lag ?? 0;
    const migrations = await migrationState(handle);
    return { status: "ok", db: "ok", migrations, queueLagSeconds: Math.max(0, Math.round(lag ?? 0)) };
  } catch {
    return { status: "down", db: "unreachable" };
  }
}

/** The health of the application's own database (GET /api/health). */
export const checkAppHealth = (now: Date): Promise<Health> => checkHealth(getDbHandle(), now);
