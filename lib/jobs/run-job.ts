import "server-only";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { JOBS } from "./registry";

/** Runs one job by name, logging the run (and any failure) to the activity log. */
export async function runJob(name: string, ctx: Ctx): Promise<Record<string, unknown>> {
  const spec = JOBS[name];
  if (!spec) throw new DomainError("not_found", `There is no job named "${name}".`);
  const started = Date.now();
  try {
    const job = await spec.run();
    const result = await job(ctx);
    const durationMs = Date.now() - started;
    // Every job run is an audited event, so every run keeps its row, at debug:
    // jobs run every few seconds (~60,000 rows a day), so /it/logs opens on "info and above"
    // (app/it/logs/filter-params.ts) with "any level" one choice away. Chosen over logging
    // runs that did work at info: what counts as work differs per job, and the work itself
    // is logged at its own level already (a mail failed, a sync finished, entries pruned,
    // and every domain change through the change-log digest).
    await logEvent(ctx, {
      level: "debug",
      event: `job.${name}`,
      message: `job ${name} ran`,
      details: { ...result, durationMs },
    });
    return { job: name, durationMs, ...result };
  } catch (error) {
    await logEvent(ctx, {
      level: "error",
      event: `job.${name}.failed`,
      message: error instanceof Error ? error.message : String(error),
      details: { durationMs: Date.now() - started, stack: error instanceof Error ? error.stack : undefined },
    });
    throw error;
  }
}
