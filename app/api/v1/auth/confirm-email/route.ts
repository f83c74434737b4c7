import { confirmEmail } from "@/lib/auth/confirm-email";
import { confirmEmailSchema } from "@/lib/auth/schemas";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/auth/confirm-email {token} → 204; a used, expired or unknown token → 422.
export const POST = apiHandler({ access: "public", body: confirmEmailSchema }, async ({ ctx, body }) => {
  await confirmEmail(ctx, body.token);
  return noContent();
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
