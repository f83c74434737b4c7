"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { unsubscribeVipAlerts } from "@/lib/auth/preferences";

// The unsubscribe page's button: the mail's signed token, no sign-in.
export const unsubscribeAction = safeAction(
  {
    access: "public",
    schema: z.object({ token: z.string().trim().min(1, "The unsubscribe link is incomplete.").max(200) }),
  },
  async (input, ctx) => unsubscribeVipAlerts(ctx, input.token),
);
