import "server-only";
import type { Job } from "@/lib/jobs/types";
import { getSyncTarget } from "./target";
import { runSyncWorker } from "./worker";

/** The scheduled `sync` job (GET /api/cron/sync and the embedded scheduler). */
export const syncJob: Job = async (ctx) => {
  const result = await runSyncWorker(ctx, { target: await getSyncTarget() });
  return { ...result };
};
