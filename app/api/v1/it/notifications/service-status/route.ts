import { apiHandler } from "@/lib/http/api-handler";
import { getServiceStatus } from "@/lib/notifications/service-status";
import { providerInfo } from "@/lib/notifications/transport";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

// GET /api/v1/it/notifications/service-status → the service-status metrics, verdict and thresholds.
export const GET = apiHandler({ access: ["it"] }, ({ ctx }) => getServiceStatus(ctx, providerInfo(), process.uptime()));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
