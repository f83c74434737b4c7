import "server-only";
import { and, asc, desc, eq, gt, inArray, ne, not, or, sql, type SQL } from "drizzle-orm";
import { bookings, launches } from "@/db/schema";
import type { Paged } from "@/lib/catalogue/queries";
import type { Ctx } from "@/lib/context";
import { requireRole } from "@/lib/auth/require-role";
import { viewsOf, type BookingView } from "./queries";
import { BOOKABLE_STATUSES } from "./rules";

export const TRIP_TABS = ["upcoming", "past"] as const;
export type TripTab = (typeof TRIP_TABS)[number];

/**
 * "My bookings" in two tabs. Upcoming: confirmed bookings and running holds on a launch still
 * ahead (scheduled or delayed), the next trip first. Past: everything the traveler did fly or
 * cancel, the latest first. Failed attempts (a hold that ran out, a declined one-step booking:
 * both `expired`) are in neither: they were never trips.
 */
function tabWhere(tab: TripTab, now: Date): SQL {
  const ahead = and(inArray(launches.status, [...BOOKABLE_STATUSES]), gt(launches.date, now))!;
  const liveHold = and(eq(bookings.status, "held"), gt(bookings.expiresAt, now))!;
  const upcoming = and(ahead, or(eq(bookings.status, "confirmed"), liveHold))!;
  if (tab === "upcoming") return upcoming;
  return and(ne(bookings.status, "expired"), ne(bookings.status, "held"), not(upcoming))!;
}

export async function listMyTrips(
  ctx: Ctx,
  query: { tab: TripTab; page: number; pageSize: number },
): Promise<Paged<BookingView> & { counts: Record<TripTab, number> }> {
  const actor = requireRole(ctx, ["traveler"]);
  const mine = eq(bookings.travelerId, actor.id);
  const where = and(mine, tabWhere(query.tab, ctx.now));
  const order = query.tab === "upcoming" ? [asc(launches.date), asc(bookings.createdAt)] : [desc(launches.date)];
  const [rows, [counts]] = await Promise.all([
    ctx.db
      .select({ booking: bookings })
      .from(bookings)
      .innerJoin(launches, eq(launches.id, bookings.launchId))
      .where(where)
      .orderBy(...order, desc(bookings.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({
        upcoming: sql<number>`count(*) filter (where ${tabWhere("upcoming", ctx.now)})::int`,
        past: sql<number>`count(*) filter (where ${tabWhere("past", ctx.now)})::int`,
      })
      .from(bookings)
      .innerJoin(launches, eq(launches.id, bookings.launchId))
      .where(mine),
  ]);
  return {
    items: await viewsOf(
      ctx,
      rows.map((r) => r.booking),
    ),
    total: Number(counts[query.tab]),
    page: query.page,
    pageSize: query.pageSize,
    counts: { upcoming: Number(counts.upcoming), past: Number(counts.past) },
  };
}
