"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { registerAgency, registerTraveler } from "@/lib/auth/register";
import { agencyRegistrationSchema, travelerRegistrationSchema } from "@/lib/auth/schemas";

const checkEmail = (user: { email: string }) => `/register/check-email?email=${encodeURIComponent(user.email)}`;

// Register a traveler (contact, tax data, 18–70) and send the confirmation email.
export const registerTravelerAction = safeAction({ access: "public", schema: travelerRegistrationSchema, redirectTo: checkEmail }, (input, ctx) =>
  registerTraveler(ctx, input),
);

// Register an agency (account + profile in one transaction) and send the confirmation email.
export const registerAgencyAction = safeAction({ access: "public", schema: agencyRegistrationSchema, redirectTo: checkEmail }, (input, ctx) =>
  registerAgency(ctx, input),
);
