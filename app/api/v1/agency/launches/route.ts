import { apiHandler, created } from "@/lib/http/api-handler";
import { listAgencyLaunches } from "@/lib/launches/launch-queries";
import { scheduleLaunch } from "@/lib/launches/schedule-launch";
import { launchListQuerySchema, scheduleLaunchSchema } from "@/lib/launches/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler({ access: ["agency"], query: launchListQuerySchema }, ({ ctx, query }) =>
  listAgencyLaunches(ctx, query),
);

export const POST = apiHandler({ access: ["agency"], body: scheduleLaunchSchema }, async ({ ctx, body }) =>
  created(await scheduleLaunch(ctx, body)),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
