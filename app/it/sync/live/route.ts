import { z } from "zod";
import { sessionHandler } from "@/lib/http/session-handler";
import { getSyncJob, listActiveSyncJobs } from "@/lib/sync/jobs";
import { assertUuid } from "@/lib/validation";

export const dynamic = "force-dynamic";

// An id that is not a UUID names no job: 404 like an unknown one (hence not a 422 query schema).
const query = z.object({ id: z.string().optional() });

// GET /it/sync/live[?id=…] — what the dashboard polls: the active jobs, or one job (IT session only).
export const GET = sessionHandler({ roles: ["it"], query }, async ({ ctx, query: { id } }) => {
  if (!id) return { jobs: await listActiveSyncJobs(ctx) };
  assertUuid(id, "There is no such sync job.");
  return { jobs: [await getSyncJob(ctx, id)] };
});
