import { apiHandler } from "@/lib/http/api-handler";
import { getAgencyLaunch } from "@/lib/launches/launch-queries";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const GET = apiHandler({ access: ["agency"], params: idParams }, ({ ctx, params }) =>
  getAgencyLaunch(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
