import { apiHandler } from "@/lib/http/api-handler";
import { listNotifications } from "@/lib/notifications/queue-queries";
import { listNotificationsQuery } from "@/lib/notifications/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/it/notifications?status&queue&template&recipient&from&to&sort&order&page&pageSize → list + counts
export const GET = apiHandler({ access: ["it"], query: listNotificationsQuery }, ({ ctx, query }) =>
  listNotifications(ctx, query),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
