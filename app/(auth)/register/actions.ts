"use server";
import { headers } from "next/headers";
import { safeAction } from "@/lib/actions/safe-action";
import { clientIp } from "@/lib/auth/client-ip";
import { registerAgency, registerTraveler } from "@/lib/auth/register";
import { agencyRegistrationSchema, travelerRegistrationSchema } from "@/lib/auth/schemas";

const checkEmail = (user: { email: string }) => `/register/check-email?email=${encodeURIComponent(user.email)}`;
const client = async () => ({ ip: clientIp(await headers()) });

// Register a traveler (contact, tax data, 18–70) and send the confirmation email; limited per client IP.
export const registerTravelerAction = safeAction(
  { access: "public", schema: travelerRegistrationSchema, redirectTo: checkEmail },
  async (input, ctx) => registerTraveler(ctx, input, await client()),
);

// Register an agency (account + profile in one transaction) and send the confirmation email; limited per client IP.
export const registerAgencyAction = safeAction(
  { access: "public", schema: agencyRegistrationSchema, redirectTo: checkEmail },
  async (input, ctx) => registerAgency(ctx, input, await client()),
);
