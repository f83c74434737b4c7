import "server-only";
import { and, countDistinct, eq, isNull, sql } from "drizzle-orm";
import { bookings, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { isVipByTrips, VIP_MIN_TRIPS } from "./rules";

// VIP is derived, never stored (so it can never disagree with the bookings): at least 2 confirmed
// bookings on distinct launches. Evaluated on each call, so it is current at booking time.

/** How many distinct launches the traveler holds a confirmed booking on. */
export async function confirmedTripCount(ctx: Ctx, travelerId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ trips: countDistinct(bookings.launchId) })
    .from(bookings)
    .where(and(eq(bookings.travelerId, travelerId), eq(bookings.status, "confirmed")));
  return Number(row?.trips ?? 0);
}

export async function isVip(ctx: Ctx, travelerId: string): Promise<boolean> {
  return isVipByTrips(await confirmedTripCount(ctx, travelerId));
}

export interface VipTraveler {
  id: string;
  name: string;
  email: string;
}

/** Every VIP traveler who wants the new-launch alert, by name. */
export async function listVipTravelers(ctx: Ctx): Promise<VipTraveler[]> {
  return (
    ctx.db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .innerJoin(bookings, and(eq(bookings.travelerId, users.id), eq(bookings.status, "confirmed")))
      // Alerts off (preferences or unsubscribe), deactivated and deleted accounts get none.
      .where(
        and(eq(users.role, "traveler"), eq(users.vipAlerts, true), isNull(users.disabledAt), isNull(users.deletedAt)),
      )
      .groupBy(users.id, users.name, users.email)
      .having(sql`count(distinct ${bookings.launchId}) >= ${VIP_MIN_TRIPS}`)
      .orderBy(users.name)
  );
}
