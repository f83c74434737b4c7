import { NextResponse } from "next/server";
import { changeEmailSchema } from "@/lib/auth/account-schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestEmailChange } from "@/lib/auth/email-change";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/me/email {newEmail, password} → 202 (link to the new address); 409 email_taken; 422 wrong password;
// 429 after too many wrong passwords (the limit password changes count against too).
export const POST = apiHandler({ access: "signed-in", body: changeEmailSchema }, async ({ ctx, body, request }) =>
  NextResponse.json(await requestEmailChange(ctx, body, { ip: clientIp(request.headers) }), { status: 202 }),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
