import { apiHandler } from "@/lib/http/api-handler";
import { cachedLaunchDetail } from "@/lib/catalogue/cached";
import { DomainError } from "@/lib/errors";
import { cacheableJson } from "@/lib/http/cacheable";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// The same cached launch detail as the launch page, with an ETag for revalidation.
export const GET = apiHandler({ access: "public", params: idParams }, async ({ params, request }) => {
  const launch = await cachedLaunchDetail(params.id.toLowerCase());
  if (!launch) throw new DomainError("not_found", "There is no such launch.");
  return cacheableJson(request, launch);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
