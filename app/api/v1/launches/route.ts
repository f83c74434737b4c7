import { apiHandler } from "@/lib/http/api-handler";
import { listCatalogue } from "@/lib/catalogue/queries";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";

export const GET = apiHandler({ access: "public", query: catalogueQuerySchema }, ({ ctx, query }) => listCatalogue(ctx, query));
