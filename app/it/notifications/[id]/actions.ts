"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { changeNotificationStatus } from "@/lib/notifications/manual-change";
import { retryNotification } from "@/lib/notifications/retry";
import { changeNotificationSchema, retryNotificationSchema } from "@/lib/notifications/schemas";

// Mark a pending or failed notification sent, or soft-delete it (IT only; the service checks too).
export const changeNotificationAction = safeAction(
  { access: ["it"], schema: changeNotificationSchema.extend({ id: z.uuid() }) },
  async ({ id, status }, ctx) => {
    const row = await changeNotificationStatus(ctx, id, { status });
    revalidatePath("/it/notifications");
    revalidatePath(`/it/notifications/${id}`);
    return row;
  },
);

// Send a failed notification again, optionally to a corrected address (IT only; the service checks too).
export const retryNotificationAction = safeAction(
  { access: ["it"], schema: retryNotificationSchema.extend({ id: z.uuid() }) },
  async ({ id, ...input }, ctx) => {
    const row = await retryNotification(ctx, id, input);
    revalidatePath("/it/notifications");
    revalidatePath(`/it/notifications/${id}`);
    return row;
  },
);
