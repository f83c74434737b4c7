import { apiHandler } from "@/lib/http/api-handler";
import { cachedCatalogue } from "@/lib/catalogue/cached";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";
import { cacheableJson } from "@/lib/http/cacheable";
import { otherMethods } from "@/lib/http/method-not-allowed";

// The same cached catalogue pages as the web catalogue, with an ETag for revalidation.
export const GET = apiHandler({ access: "public", query: catalogueQuerySchema }, async ({ query, request }) =>
  cacheableJson(request, await cachedCatalogue(query)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
