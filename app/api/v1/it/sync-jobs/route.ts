import { apiHandler, created } from "@/lib/http/api-handler";
import { listSyncJobs, startSync } from "@/lib/sync/jobs";
import { listSyncJobsQuerySchema, startSyncSchema } from "@/lib/sync/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

// POST /api/v1/it/sync-jobs {datasets: string[] | "all", mode} → 201 the queued job; 409 `conflict` when a data set is busy.
export const POST = apiHandler({ access: ["it"], body: startSyncSchema }, async ({ ctx, body }) =>
  created(await startSync(ctx, body)),
);

// GET /api/v1/it/sync-jobs?page&pageSize&status → {items, total, page, pageSize}, newest first.
export const GET = apiHandler({ access: ["it"], query: listSyncJobsQuerySchema }, ({ ctx, query }) =>
  listSyncJobs(ctx, query),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
