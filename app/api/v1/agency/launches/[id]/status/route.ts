import { apiHandler } from "@/lib/http/api-handler";
import { changeLaunchStatus } from "@/lib/launches/change-status";
import { changeStatusSchema } from "@/lib/launches/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const POST = apiHandler(
  { access: ["agency"], params: idParams, body: changeStatusSchema },
  ({ ctx, params, body }) => changeLaunchStatus(ctx, params.id, body),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
