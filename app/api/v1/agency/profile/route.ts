import { getAgencyProfile, updateAgencyProfile } from "@/lib/agencies/profile";
import { agencyProfileSchema } from "@/lib/agencies/profile-schema";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler({ access: ["agency"] }, ({ ctx }) => getAgencyProfile(ctx));

export const PUT = apiHandler({ access: ["agency"], body: agencyProfileSchema }, ({ ctx, body }) =>
  updateAgencyProfile(ctx, body),
);

export const { POST, PATCH, DELETE } = otherMethods("GET", "PUT");
