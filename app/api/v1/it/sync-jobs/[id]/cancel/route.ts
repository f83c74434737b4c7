import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { apiHandler } from "@/lib/http/api-handler";
import { cancelSyncJob } from "@/lib/sync/jobs";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/it/sync-jobs/{id}/cancel → the cancelled job; 409 when it has already finished.
export const POST = apiHandler<undefined, undefined, { id: string }>({ access: ["it"] }, async ({ ctx, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new DomainError("not_found", "There is no such sync job.");
  return cancelSyncJob(ctx, params.id);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
