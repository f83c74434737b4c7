import { apiHandler } from "@/lib/http/api-handler";
import { getAgencyLaunch } from "@/lib/launches/launch-queries";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler<undefined, undefined, { id: string }>({ access: ["agency"] }, ({ ctx, params }) =>
  getAgencyLaunch(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
