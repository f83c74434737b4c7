// Production servers (`next start`, the build Playwright made) on a fresh PostgreSQL database,
// for the public-cache specs: several instances may share one database, with or without Redis.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createScratchDatabase, type ScratchDatabase } from "../../db/scratch-database";

const SERVER_URL = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
export const REDIS_URL = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/3";
const AUTH_SECRET = `e2e-cache-${randomBytes(16).toString("hex")}`;
const CRON_SECRET = `e2e-cron-${randomBytes(8).toString("hex")}`;
const basePort = Number(process.env.E2E_PORT ?? 3100) + 10;

/** A new database with the migrations and the demo data; `drop` removes it. */
export async function demoDatabase(): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(SERVER_URL, "e2e_cache");
  const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: "silent" };
  for (const script of ["db:migrate", "db:seed"]) {
    const r = spawnSync("npm", ["run", "-s", script], { env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  }
  return db;
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Starts instance `index` (its own port) on `databaseUrl`; `redisPrefix` shares invalidations through Redis. */
export async function startServer(databaseUrl: string, index: number, redisPrefix?: string): Promise<Server> {
  const port = basePort + index;
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    CRON_SECRET,
    APP_URL: url,
    AUTH_URL: url,
    NODE_ENV: "production",
    TRUST_PROXY_HOPS: "1",
    SCHEDULER: "off",
    LOG_LEVEL: "silent",
    REDIS_URL: redisPrefix ? REDIS_URL : "",
    REDIS_CACHE_PREFIX: redisPrefix ?? "",
  };
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not answer`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
