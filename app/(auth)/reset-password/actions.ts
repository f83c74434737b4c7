"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { resetPasswordFormSchema } from "@/lib/auth/account-schemas";
import { confirmPasswordReset } from "@/lib/auth/password-reset";

// Set a new password through the emailed link; every session is signed out, then sign in.
export const resetPasswordAction = safeAction(
  { access: "public", schema: resetPasswordFormSchema, redirectTo: () => "/login?reset=1" },
  async (input, ctx) => confirmPasswordReset(ctx, { token: input.token, password: input.password }),
);
