// Embedded mode: apply migrations at start and run the scheduled jobs in-process, so the
// demo is complete with no outside scheduler. With DATABASE_URL, deployments migrate as
// a step and an outside scheduler (vercel.json) calls /api/cron/*.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DATABASE_URL) return;
  const { startEmbedded } = await import("./lib/jobs/embedded-scheduler");
  await startEmbedded();
}
