import "server-only";
import type { Job } from "@/lib/jobs/types";
import { getEnv } from "@/lib/env";
import { dispatchNotifications } from "./dispatcher";
import { getTransport } from "./transport";

// GET /api/cron/notifications and the embedded scheduler (every 3 s): one dispatcher run.
export const notificationsJob: Job = async (ctx) => {
  const env = getEnv();
  const result = await dispatchNotifications(ctx, {
    transport: getTransport(),
    appUrl: env.APP_URL,
    from: env.EMAIL_FROM,
  });
  return { ...result };
};
