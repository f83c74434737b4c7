import { passwordResetConfirmSchema } from "@/lib/auth/account-schemas";
import { confirmPasswordReset } from "@/lib/auth/password-reset";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/auth/password-reset/confirm {token, password} → 204; 400 token_invalid; 422 weak password.
export const POST = apiHandler({ access: "public", body: passwordResetConfirmSchema }, async ({ ctx, body }) => {
  await confirmPasswordReset(ctx, body);
  return noContent();
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
