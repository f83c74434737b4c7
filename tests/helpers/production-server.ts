// The production server (scripts/server.mjs over the `next build` output) on a scratch
// PostgreSQL database, for tests that must go through HTTP as an attacker would.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { openPostgres, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/db/scratch-database";
import { buildIfNeeded } from "@/scripts/build-if-needed";

const root = path.resolve(import.meta.dirname, "../..");

export interface ProductionDatabase extends DbHandle {
  url: string;
  destroy: () => Promise<void>;
}

/** A migrated scratch database on the server of TEST_DATABASE_URL. */
export async function productionDatabase(): Promise<ProductionDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL must name the PostgreSQL server");
  const scratch: ScratchDatabase = await createScratchDatabase(serverUrl, "astro_http");
  const handle = openPostgres(scratch.url, 5);
  await migrateDatabase(handle);
  return {
    ...handle,
    url: scratch.url,
    destroy: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Builds when the tree changed (the build is shared with the Playwright journeys), then
 * starts the server on a free port with `env` on top of a production configuration.
 */
export async function startProductionServer(databaseUrl: string, env: Record<string, string> = {}) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  buildIfNeeded(distDir);
  const child: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      CRON_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: "http://127.0.0.1",
      SCHEDULER: "off",
      LOG_LEVEL: "silent",
      PORT: "0",
      HOST: "127.0.0.1",
      ...env,
    },
  });
  let output = "";
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/[^\s]+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { baseUrl, stop } satisfies RunningServer;
}
