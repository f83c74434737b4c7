import { apiHandler } from "@/lib/http/api-handler";
import { getAgencyLaunch } from "@/lib/launches/launch-queries";

export const GET = apiHandler<undefined, undefined, { id: string }>({ access: ["agency"] }, ({ ctx, params }) => getAgencyLaunch(ctx, params.id));
