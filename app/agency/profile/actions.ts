"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { updateAgencyProfile } from "@/lib/agencies/profile";
import { agencyProfileSchema } from "@/lib/agencies/profile-schema";

// Save the agency's profile (same schema as registration and the API).
export const updateProfileAction = safeAction({ access: ["agency"], schema: agencyProfileSchema }, (input, ctx) =>
  updateAgencyProfile(ctx, input),
);
