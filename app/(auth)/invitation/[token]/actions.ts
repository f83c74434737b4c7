"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { registerInvited } from "@/lib/auth/register";
import { invitationRegistrationSchema, type RegisteredUser } from "@/lib/auth/schemas";

// Create the invited employee or IT account (email and role come from the invitation).
export const registerInvitedAction = safeAction(
  {
    access: "public",
    schema: invitationRegistrationSchema,
    redirectTo: (user: RegisteredUser) => `/login?invited=1&email=${encodeURIComponent(user.email)}`,
  },
  (input, ctx) => registerInvited(ctx, input),
);
