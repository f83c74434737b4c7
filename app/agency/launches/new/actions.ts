"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { scheduleLaunch } from "@/lib/launches/schedule-launch";
import { scheduleLaunchFormSchema, type AgencyLaunchDto } from "@/lib/launches/schemas";

// Schedule a launch from the console form (price typed in dollars), then open its page.
export const scheduleLaunchAction = safeAction(
  {
    access: ["agency"],
    schema: scheduleLaunchFormSchema,
    redirectTo: (launch: AgencyLaunchDto) => `/agency/launches/${launch.id}?scheduled=1`,
  },
  (input, ctx) => scheduleLaunch(ctx, input),
);
