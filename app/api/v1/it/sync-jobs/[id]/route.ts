import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { apiHandler } from "@/lib/http/api-handler";
import { getSyncJob, listConflicts } from "@/lib/sync/jobs";

export const dynamic = "force-dynamic";

const query = z.object({ conflictsPage: z.coerce.number().int().min(1).max(100000).default(1) });

// GET /api/v1/it/sync-jobs/{id} → the job with its progress and a page of its conflicts.
export const GET = apiHandler<undefined, typeof query, { id: string }>({ access: ["it"], query }, async ({ ctx, params, query: q }) => {
  if (!z.uuid().safeParse(params.id).success) throw new DomainError("not_found", "There is no such sync job.");
  const job = await getSyncJob(ctx, params.id);
  const conflicts = await listConflicts(ctx, params.id, q.conflictsPage, 50);
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
