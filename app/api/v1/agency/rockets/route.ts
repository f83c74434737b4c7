import { pageQuerySchema, rocketInputSchema } from "@/lib/agencies/rocket-schemas";
import { createRocket, listRockets } from "@/lib/agencies/rockets";
import { apiHandler, created } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler({ access: ["agency"], query: pageQuerySchema }, ({ ctx, query }) =>
  listRockets(ctx, query),
);

export const POST = apiHandler({ access: ["agency"], body: rocketInputSchema }, async ({ ctx, body }) =>
  created(await createRocket(ctx, body)),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
