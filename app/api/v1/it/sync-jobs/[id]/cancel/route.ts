import { apiHandler } from "@/lib/http/api-handler";
import { cancelSyncJob } from "@/lib/sync/jobs";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// POST /api/v1/it/sync-jobs/{id}/cancel → the cancelled job; 409 when it has already finished.
export const POST = apiHandler({ access: ["it"], params: idParams }, ({ ctx, params }) =>
  cancelSyncJob(ctx, params.id),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
