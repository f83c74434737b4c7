"use server";
import { headers } from "next/headers";
import { safeAction } from "@/lib/actions/safe-action";
import { passwordResetRequestSchema } from "@/lib/auth/account-schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset, RESET_REQUESTED_MESSAGE } from "@/lib/auth/password-reset";

// "Forgot your password?": the same answer whether the email has an account or not.
export const requestPasswordResetAction = safeAction(
  { access: "public", schema: passwordResetRequestSchema },
  async (input, ctx) => {
    await requestPasswordReset(ctx, input, { ip: clientIp(await headers()) });
    return { message: RESET_REQUESTED_MESSAGE };
  },
);
