import { NextResponse } from "next/server";
import { changeEmailSchema } from "@/lib/auth/account-schemas";
import { requestEmailChange } from "@/lib/auth/email-change";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/me/email {newEmail, password} → 202 (link to the new address); 409 email_taken; 422 wrong password.
export const POST = apiHandler({ access: "signed-in", body: changeEmailSchema }, async ({ ctx, body }) =>
  NextResponse.json(await requestEmailChange(ctx, body), { status: 202 }),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
