import { z } from "zod";
import { apiHandler } from "@/lib/http/api-handler";
import { resolveConflict } from "@/lib/sync/resolve-conflict";
import { getSyncTarget } from "@/lib/sync/target";
import { otherMethods } from "@/lib/http/method-not-allowed";

const body = z.object({ resolution: z.enum(["keep_target", "overwrite"]) });
const params = z.object({ id: z.uuid(), conflictId: z.uuid() });

// POST /api/v1/it/sync-jobs/{id}/conflicts/{conflictId} {resolution: "keep_target" | "overwrite"}
// 404 unless {conflictId} is a conflict of job {id} (malformed ids included).
export const POST = apiHandler({ access: ["it"], params, body }, async ({ ctx, params: ids, body: input }) => {
  const resolved = await resolveConflict(ctx, await getSyncTarget(), {
    jobId: ids.id,
    conflictId: ids.conflictId,
    resolution: input.resolution,
  });
  return { id: resolved.id, resolution: resolved.resolution, resolvedAt: resolved.resolvedAt?.toISOString() ?? null };
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
