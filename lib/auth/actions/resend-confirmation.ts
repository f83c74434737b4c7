"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { resendConfirmation } from "@/lib/auth/confirm-email";

// Send a fresh confirmation link to the signed-in user (any role), at most 5 an hour.
export const resendConfirmationAction = safeAction(
  { access: ["traveler", "agency", "employee", "it"], schema: z.object({}) },
  (_input, ctx) => resendConfirmation(ctx),
);
