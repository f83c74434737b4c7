"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { changeLaunchStatus } from "@/lib/launches/change-status";
import { changeStatusSchema } from "@/lib/launches/schemas";

// Move a launch through the status machine (delay, abort, successful, failed).
export const changeLaunchStatusAction = safeAction(
  { access: ["agency"], schema: changeStatusSchema.extend({ launchId: z.uuid() }) },
  async ({ launchId, ...input }, ctx) => {
    const launch = await changeLaunchStatus(ctx, launchId, input);
    return { status: launch.status };
  },
);
