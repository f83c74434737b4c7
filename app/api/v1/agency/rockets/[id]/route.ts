import { rocketPatchSchema } from "@/lib/agencies/rocket-schemas";
import { deleteRocket, getRocket, updateRocket } from "@/lib/agencies/rockets";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const GET = apiHandler<undefined, undefined, Params>({ access: ["agency"] }, ({ ctx, params }) =>
  getRocket(ctx, params.id),
);

export const PATCH = apiHandler<typeof rocketPatchSchema, undefined, Params>(
  { access: ["agency"], body: rocketPatchSchema },
  ({ ctx, params, body }) => updateRocket(ctx, params.id, body),
);

export const DELETE = apiHandler<undefined, undefined, Params>({ access: ["agency"] }, async ({ ctx, params }) => {
  await deleteRocket(ctx, params.id);
  return noContent();
});

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
