import { apiHandler } from "@/lib/http/api-handler";
import { changeNotificationStatus } from "@/lib/notifications/manual-change";
import { getNotification } from "@/lib/notifications/queue-queries";
import { changeNotificationSchema } from "@/lib/notifications/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/it/notifications/{id} → the row, its payload and its attempts.
export const GET = apiHandler({ access: ["it"], params: idParams }, ({ ctx, params }) =>
  getNotification(ctx, params.id),
);

// PATCH /api/v1/it/notifications/{id} {status: "sent"|"deleted"} from pending or failed; 409 invalid_transition otherwise.
export const PATCH = apiHandler(
  { access: ["it"], params: idParams, body: changeNotificationSchema },
  ({ ctx, body, params }) => changeNotificationStatus(ctx, params.id, body),
);

export const { POST, PUT, DELETE } = otherMethods("GET", "PATCH");
