import { passwordResetRequestSchema } from "@/lib/auth/account-schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset, RESET_REQUESTED_MESSAGE } from "@/lib/auth/password-reset";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { NextResponse } from "next/server";

// POST /api/v1/auth/password-reset {email} → 202, the same body for any email; 429 past the per-address limit.
export const POST = apiHandler(
  { access: "public", body: passwordResetRequestSchema },
  async ({ ctx, body, request }) => {
    await requestPasswordReset(ctx, body, { ip: clientIp(request.headers) });
    return NextResponse.json({ message: RESET_REQUESTED_MESSAGE }, { status: 202 });
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
