"use server";
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { cancelSyncJob, startSync } from "@/lib/sync/jobs";
import { resolveConflict } from "@/lib/sync/resolve-conflict";
import { jobIdSchema, resolveConflictSchema, startSyncFormSchema, toStartSyncInput } from "@/lib/sync/schemas";
import { getSyncTarget } from "@/lib/sync/target";

// Queue a sync (the worker runs it); answers at once. IT only; the service checks again.
export const startSyncAction = safeAction({ access: ["it"], schema: startSyncFormSchema }, async (input, ctx) => {
  const job = await startSync(ctx, toStartSyncInput(input));
  revalidatePath("/it/sync");
  return { id: job.id };
});

// Cancel a queued or running sync; the worker stops at its next batch.
export const cancelSyncAction = safeAction({ access: ["it"], schema: jobIdSchema }, async (input, ctx) => {
  await cancelSyncJob(ctx, input.jobId);
  revalidatePath("/it/sync");
  return { id: input.jobId };
});

// Resolve one conflict: keep the target's version, or overwrite it from the primary.
export const resolveConflictAction = safeAction(
  { access: ["it"], schema: resolveConflictSchema },
  async (input, ctx) => {
    const resolved = await resolveConflict(ctx, await getSyncTarget(), input);
    revalidatePath(`/it/sync/${resolved.jobId}`);
    return { id: resolved.id };
  },
);
