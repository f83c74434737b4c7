import { rocketPatchSchema } from "@/lib/agencies/rocket-schemas";
import { deleteRocket, getRocket, updateRocket } from "@/lib/agencies/rockets";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const GET = apiHandler({ access: ["agency"], params: idParams }, ({ ctx, params }) => getRocket(ctx, params.id));

export const PATCH = apiHandler(
  { access: ["agency"], params: idParams, body: rocketPatchSchema },
  ({ ctx, params, body }) => updateRocket(ctx, params.id, body),
);

export const DELETE = apiHandler({ access: ["agency"], params: idParams }, async ({ ctx, params }) => {
  await deleteRocket(ctx, params.id);
  return noContent();
});

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
