"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { rocketInputSchema } from "@/lib/agencies/rocket-schemas";
import { createRocket, deleteRocket, updateRocket } from "@/lib/agencies/rockets";

// Add a rocket to the agency's fleet, then back to the list.
export const createRocketAction = safeAction(
  { access: ["agency"], schema: rocketInputSchema, redirectTo: () => "/agency/rockets?created=1" },
  (input, ctx) => createRocket(ctx, input),
);

// Edit one of the agency's rockets (capacity never below seats sold).
export const updateRocketAction = safeAction(
  {
    access: ["agency"],
    schema: rocketInputSchema.extend({ id: z.uuid() }),
    redirectTo: () => "/agency/rockets?updated=1",
  },
  ({ id, ...input }, ctx) => updateRocket(ctx, id, input),
);

// Delete a rocket; refused while it has launches.
export const deleteRocketAction = safeAction(
  { access: ["agency"], schema: z.object({ id: z.uuid() }) },
  async ({ id }, ctx) => {
    await deleteRocket(ctx, id);
    revalidatePath("/agency/rockets");
  },
);
