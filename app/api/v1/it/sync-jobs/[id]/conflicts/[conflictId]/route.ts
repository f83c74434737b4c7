import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { apiHandler } from "@/lib/http/api-handler";
import { resolveConflict } from "@/lib/sync/resolve-conflict";
import { getSyncTarget } from "@/lib/sync/target";
import { otherMethods } from "@/lib/http/method-not-allowed";

const body = z.object({ resolution: z.enum(["keep_target", "overwrite"]) });

// POST /api/v1/it/sync-jobs/{id}/conflicts/{conflictId} {resolution: "keep_target" | "overwrite"}
// 404 unless {conflictId} is a conflict of job {id} (malformed ids included).
export const POST = apiHandler<typeof body, undefined, { id: string; conflictId: string }>(
  { access: ["it"], body },
  async ({ ctx, params, body: input }) => {
    if (!z.uuid().safeParse(params.id).success || !z.uuid().safeParse(params.conflictId).success)
      throw new DomainError("not_found", "There is no such conflict.");
    const resolved = await resolveConflict(ctx, await getSyncTarget(), {
      jobId: params.id,
      conflictId: params.conflictId,
      resolution: input.resolution,
    });
    return { id: resolved.id, resolution: resolved.resolution, resolvedAt: resolved.resolvedAt?.toISOString() ?? null };
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
