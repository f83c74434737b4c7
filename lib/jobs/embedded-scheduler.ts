import "server-only";
import { getDb, getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createContext } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/monitoring/logger";
import { JOBS } from "./registry";
import { runJob } from "./run-job";

const globalForScheduler = globalThis as unknown as { __astroScheduler?: boolean };

/** Migrates the embedded database and starts the jobs (unless SCHEDULER=off), once per process. */
export async function startEmbedded(): Promise<void> {
  if (globalForScheduler.__astroScheduler) return;
  globalForScheduler.__astroScheduler = true;
  await migrateDatabase(getDbHandle());
  if (getEnv().SCHEDULER === "off") return;
  startIntervals();
}

/** Starts the jobs in this process against the configured database, once per process. */
export function startScheduler(): void {
  if (globalForScheduler.__astroScheduler) return;
  globalForScheduler.__astroScheduler = true;
  startIntervals();
}

function startIntervals(): void {
  for (const [name, spec] of Object.entries(JOBS)) {
    let running = false;
    const tick = async () => {
      if (running) return; // never overlap runs of the same job
      running = true;
      try {
        await runJob(name, createContext({ db: getDb(), origin: `cron:${name}` }));
      } catch (error) {
        logger.error({ err: error, job: name }, "scheduled job failed");
      } finally {
        running = false;
      }
    };
    setInterval(tick, spec.everySeconds * 1000).unref();
  }
  logger.info({ jobs: Object.keys(JOBS) }, "scheduler started");
}
