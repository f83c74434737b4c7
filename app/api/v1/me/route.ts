import { deleteAccountSchema, updateMeSchema } from "@/lib/auth/account-schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { deleteAccount } from "@/lib/auth/delete-account";
import { getMeDetails, updateProfile } from "@/lib/auth/profile";
import { DomainError, isDomainError } from "@/lib/errors";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/me → {id, email, name, role, emailVerified, vip, traveler?, pendingEmail?}
export const GET = apiHandler({ access: "signed-in" }, ({ ctx }) => getMeDetails(ctx));

// PATCH /api/v1/me {name?, traveler?: {phone?, address?, country?, taxId?}} → 200 me; 422 naming the field.
export const PATCH = apiHandler({ access: "signed-in", body: updateMeSchema }, async ({ ctx, body }) => {
  try {
    return await updateProfile(ctx, { name: body.name, ...body.traveler });
  } catch (error) {
    // The service names the traveler's fields flat (as the form does); the API nests them.
    if (isDomainError(error) && error.fieldErrors) {
      const nested = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([k, v]) => [k === "name" ? k : `traveler.${k}`, v]),
      );
      throw new DomainError(error.code, error.message, nested, error.retryAfterSeconds);
    }
    throw error;
  }
});

// DELETE /api/v1/me {password} → 204; 409 conflict for an agency with live launches; 422 wrong password;
// 429 after too many wrong passwords (the limit password changes count against too).
export const DELETE = apiHandler({ access: "signed-in", body: deleteAccountSchema }, async ({ ctx, body, request }) => {
  await deleteAccount(ctx, body, { ip: clientIp(request.headers) });
  return noContent();
});

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
