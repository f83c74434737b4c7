import type { ApiOperation } from "@/lib/http/openapi";
import { catalogueListSchema, catalogueQuerySchema, launchDetailSchema } from "./schemas";

export const CATALOGUE_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/launches",
    summary: "Bookable launches (public catalogue)",
    tag: "Catalogue",
    auth: "public",
    query: catalogueQuerySchema,
    response: catalogueListSchema,
  },
  {
    method: "get",
    path: "/launches/{id}",
    summary: "One launch with taken seats and status history",
    tag: "Catalogue",
    auth: "public",
    response: launchDetailSchema,
  },
];
