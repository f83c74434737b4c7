import { revokeInvitation } from "@/lib/auth/user-admin";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// DELETE /api/v1/it/invitations/{id} → 204: a pending invitation's link stops working.
export const DELETE = apiHandler({ access: ["it"], params: idParams }, async ({ ctx, params }) => {
  await revokeInvitation(ctx, params.id);
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods("DELETE");
