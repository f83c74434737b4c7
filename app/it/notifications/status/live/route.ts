import { sessionHandler } from "@/lib/http/session-handler";
import { getServiceStatus } from "@/lib/notifications/service-status";
import { providerInfo } from "@/lib/notifications/transport";

export const dynamic = "force-dynamic";

// GET /it/notifications/status/live: the status page polls this with its session cookie
// (the /api/v1 twin takes a bearer token).
export const GET = sessionHandler({ roles: ["it"] }, ({ ctx }) =>
  getServiceStatus(ctx, providerInfo(), process.uptime()),
);
