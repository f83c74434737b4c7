import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createContext, type Actor, type Ctx } from "@/lib/context";

/** Refuse destructive set-up against anything but a database on this machine. */
function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point at a local database, not ${host}`);
  }
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
    const name = `astro_test_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    handle = openPostgres(url, opts.poolSize ?? 10);
    drop = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      // pg's pool.end() resolves before its connections have closed. Wait for them: a
      // DROP … WITH (FORCE) that terminates one still closing reaches its client as an
      // unhandled FATAL 57P01, which fails the whole test run.
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
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
