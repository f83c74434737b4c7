import { apiHandler } from "@/lib/http/api-handler";
import { getSyncJob, listConflicts } from "@/lib/sync/jobs";
import { syncJobDetailQuerySchema } from "@/lib/sync/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const dynamic = "force-dynamic";

const query = syncJobDetailQuerySchema;

// GET /api/v1/it/sync-jobs/{id}?conflictsPage=1&conflictsPageSize=50 → the job with its progress and a page of its conflicts.
export const GET = apiHandler({ access: ["it"], params: idParams, query }, async ({ ctx, params, query: q }) => {
  const job = await getSyncJob(ctx, params.id);
  const conflicts = await listConflicts(ctx, params.id, q.conflictsPage, q.conflictsPageSize);
  return {
    ...job,
    conflictList: {
      ...conflicts,
      items: conflicts.items.map((c) => ({
        id: c.id,
        dataset: c.dataset,
        tableName: c.tableName,
        rowId: c.rowId,
        primaryVersion: c.primaryVersion,
        targetVersion: c.targetVersion,
        detectedAt: c.detectedAt.toISOString(),
        resolution: c.resolution,
        resolvedAt: c.resolvedAt?.toISOString() ?? null,
      })),
    },
  };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
