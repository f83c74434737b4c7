import { apiHandler } from "@/lib/http/api-handler";
import { listCatalogue } from "@/lib/catalogue/queries";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler({ access: "public", query: catalogueQuerySchema }, ({ ctx, query }) =>
  listCatalogue(ctx, query),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
