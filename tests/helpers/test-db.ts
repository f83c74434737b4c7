import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { createScratchDatabase } from "@/db/scratch-database";
import { migrateDatabase } from "@/db/migrate";
import { createContext, type Actor, type Ctx } from "@/lib/context";

/** Refuse destructive set-up against anything but a database on this machine. */
function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point at a local database, not ${host}`);
  }
}

/** Scratch databases are named after TEST_DATABASE_URL's own database, so each tester can tell (and drop) his. */
export function scratchPrefix(serverUrl: string): string {
  return new URL(serverUrl).pathname.slice(1).replace(/\W/g, "_") || "astro_test";
}

export interface TestDb extends DbHandle {
  url?: string;
  /** A context on this database with the given actor (defaults: origin "web", now = real time). */
  ctx: (actor?: Actor | null, now?: Date) => Ctx;
  destroy: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDb(opts: { poolSize?: number } = {}): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let handle: DbHandle;
  let url: string | undefined;
  let drop = async () => {};
  if (serverUrl) {
    assertLocal(serverUrl);
    const scratch = await createScratchDatabase(serverUrl, scratchPrefix(serverUrl));
    url = scratch.url;
    handle = openPostgres(url, opts.poolSize ?? 10);
    drop = scratch.drop;
  } else {
    handle = openPglite();
  }
  await migrateDatabase(handle);
  return {
    ...handle,
    url,
    ctx: (actor = null, now = new Date()) => createContext({ db: handle.db, origin: "web", actor, now }),
    destroy: async () => {
      await handle.close();
      await drop();
    },
  };
}

export const usingPostgresServer = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
