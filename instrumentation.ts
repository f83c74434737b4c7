import type { Instrumentation } from "next";

// Embedded mode: apply migrations at start and run the scheduled jobs in-process, so the
// demo is complete with no outside scheduler. With DATABASE_URL, deployments migrate as a
// step; a hosted deployment's scheduler (vercel.json) calls /api/cron/*, and a self-hosted
// `next start` with SCHEDULER=on runs the same jobs in-process (each job claims its work in
// the database, so several instances may run them at once).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A Stripe set-up missing its keys stops the start-up here, naming them, not at the first payment.
  if (process.env.PAYMENT_PROVIDER === "stripe") (await import("./lib/env")).getEnv();
  if (!process.env.DATABASE_URL) {
    const { startEmbedded } = await import("./lib/jobs/embedded-scheduler");
    await startEmbedded();
  } else if (process.env.SCHEDULER === "on") {
    const { startScheduler } = await import("./lib/jobs/embedded-scheduler");
    startScheduler();
  }
}

// Every error Next catches in a page, route handler or action reaches the activity log
// (every error is an audited event); /api/v1, session route handlers and safeAction log their own and answer, so
// they do not arrive here. Never throws: this runs inside Next's error handling.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const [{ getDb }, { logRequestError }] = await Promise.all([
      import("./db/client"),
      import("./lib/monitoring/request-error"),
    ]);
    await logRequestError(getDb, error, request, context);
  } catch {
    // The log is best effort here; Next still prints the error itself.
  }
};
