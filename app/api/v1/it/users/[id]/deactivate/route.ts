import { setUserDisabled } from "@/lib/auth/user-admin";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// POST /api/v1/it/users/{id}/deactivate → 200 user
export const POST = apiHandler({ access: ["it"], params: idParams }, ({ ctx, params }) =>
  setUserDisabled(ctx, params.id, true),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
