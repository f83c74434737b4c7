import { changePassword } from "@/lib/auth/change-password";
import { clientIp } from "@/lib/auth/client-ip";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/me/password {currentPassword, newPassword} → 204; sessions revoked; 422 wrong current or weak new; 429 its own limit.
export const POST = apiHandler({ access: "signed-in", body: changePasswordSchema }, async ({ ctx, body, request }) => {
  await changePassword(ctx, body, { ip: clientIp(request.headers) });
  return noContent();
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
