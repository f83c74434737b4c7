import { randomBytes } from "node:crypto";
import { Client } from "pg";

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database. Close every pool on it first. */
  drop: () => Promise<void>;
}

async function withAdmin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A fresh database on the PostgreSQL server of `serverUrl`, for a test file or a benchmark.
 * Its drop waits for the database's connections to close: pg's pool.end() resolves before
 * they have, and a DROP … WITH (FORCE) that terminates one still closing reaches its client
 * as an unhandled FATAL 57P01, which crashes the process (and fails a whole test run).
 */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () =>
    withAdmin(serverUrl, async (c) => {
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  return { name, url: url.toString(), drop };
}
