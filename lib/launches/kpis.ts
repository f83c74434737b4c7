import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { launches } from "@/db/schema";
import { currentAgency } from "@/lib/agencies/current-agency";
import { BOOKABLE_STATUSES } from "@/lib/bookings/rules";
import type { Ctx } from "@/lib/context";
import { confirmedSeatsSql } from "./launch-queries";

export interface AgencyKpis {
  upcoming: number;
  seatsSold: number;
  /** Confirmed seats × price per seat, in cents, over the upcoming launches. */
  revenueCents: number;
  viable: number;
}

/** The console's headline numbers over the agency's upcoming (scheduled or delayed) launches. */
export async function agencyKpis(ctx: Ctx): Promise<AgencyKpis> {
  const agency = await currentAgency(ctx);
  const [row] = await ctx.db
    .select({
      upcoming: sql<number>`count(*)::int`,
      seatsSold: sql<number>`coalesce(sum(${confirmedSeatsSql}), 0)::int`,
      revenueCents: sql<number>`coalesce(sum(${confirmedSeatsSql}::bigint * ${launches.pricePerSeatCents}), 0)::bigint`,
      viable: sql<number>`count(*) filter (where ${confirmedSeatsSql} >= ${launches.minimumOccupancy})::int`,
    })
    .from(launches)
    .where(and(eq(launches.agencyId, agency.id), inArray(launches.status, [...BOOKABLE_STATUSES])));
  return {
    upcoming: Number(row?.upcoming ?? 0),
    seatsSold: Number(row?.seatsSold ?? 0),
    revenueCents: Number(row?.revenueCents ?? 0),
    viable: Number(row?.viable ?? 0),
  };
}
