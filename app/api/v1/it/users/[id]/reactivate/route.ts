import { setUserDisabled } from "@/lib/auth/user-admin";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// POST /api/v1/it/users/{id}/reactivate → 200 user
export const POST = apiHandler({ access: ["it"], params: idParams }, ({ ctx, params }) =>
  setUserDisabled(ctx, params.id, false),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
