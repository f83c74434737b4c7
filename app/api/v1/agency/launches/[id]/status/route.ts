import { apiHandler } from "@/lib/http/api-handler";
import { changeLaunchStatus } from "@/lib/launches/change-status";
import { changeStatusSchema } from "@/lib/launches/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiHandler<typeof changeStatusSchema, undefined, { id: string }>(
  { access: ["agency"], body: changeStatusSchema },
  ({ ctx, params, body }) => changeLaunchStatus(ctx, params.id, body),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
