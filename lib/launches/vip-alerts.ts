import "server-only";
import type { Ctx } from "@/lib/context";
import { listVipTravelers } from "@/lib/bookings/vip";
import { unsubscribeToken } from "@/lib/auth/unsubscribe-token";
import { getEnv } from "@/lib/env";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { launchPath } from "./rules";

interface NewLaunch {
  id: string;
  slug: string;
  title: string;
  date: Date;
  agencyName: string;
  pricePerSeatCents: number;
}

/**
 * One `vip_new_launch` row on the `vip` queue per VIP traveler who keeps the alerts on, in
 * the scheduling transaction; each carries its one-click unsubscribe token.
 */
export async function alertVipsOfNewLaunch(ctx: Ctx, launch: NewLaunch): Promise<number> {
  const vips = await listVipTravelers(ctx);
  for (const vip of vips) {
    await enqueueNotification(ctx, {
      template: "vip_new_launch",
      to: vip.email,
      recipientUserId: vip.id,
      queue: "vip",
      idempotencyKey: `vip_new_launch:${launch.id}:${vip.id}`,
      payload: {
        travelerName: vip.name,
        launchTitle: launch.title,
        launchDate: launch.date.toISOString(),
        agencyName: launch.agencyName,
        pricePerSeatCents: launch.pricePerSeatCents,
        path: launchPath(launch.slug),
        unsubscribeToken: unsubscribeToken(vip.id, getEnv().AUTH_SECRET),
      },
    });
  }
  return vips.length;
}
