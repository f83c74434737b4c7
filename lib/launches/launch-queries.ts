import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { bookings, bookingSeats, launches, launchStatusHistory, rockets, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { currentAgency } from "@/lib/agencies/current-agency";
import type { Page } from "@/lib/agencies/rockets";
import { isUuid } from "@/lib/validation";
import { isViable, launchPath, launchTitle, occupancyPercent } from "./rules";
import type { AgencyLaunchDetailDto, AgencyLaunchDto, LaunchListQuery, StatusHistoryDto } from "./schemas";

/** Seats of confirmed bookings on a launch (held, cancelled and expired ones do not count). */
export const confirmedSeatsSql = sql<number>`(
  select count(*) from ${bookingSeats} inner join ${bookings} on ${bookings.id} = ${bookingSeats.bookingId}
  where ${bookingSeats.launchId} = ${launches.id} and ${bookingSeats.live} and ${bookings.status} = 'confirmed'
)::int`;

const launchColumns = {
  launch: launches,
  rocket: { id: rockets.id, name: rockets.name, capacity: rockets.capacity, range: rockets.range },
  confirmedSeats: confirmedSeatsSql,
};

type LaunchRow = {
  launch: typeof launches.$inferSelect;
  rocket: { id: string; name: string; capacity: number; range: AgencyLaunchDto["rocket"]["range"] };
  confirmedSeats: number;
};

export function launchDto({ launch, rocket, confirmedSeats }: LaunchRow): AgencyLaunchDto {
  const seats = Number(confirmedSeats);
  return {
    id: launch.id,
    slug: launch.slug,
    path: launchPath(launch.slug),
    title: launchTitle({ destination: launch.destination, rocketName: rocket.name, spaceport: launch.spaceport }),
    rocketId: rocket.id,
    rocket,
    spaceport: launch.spaceport,
    destination: launch.destination,
    date: launch.date.toISOString(),
    status: launch.status,
    pricePerSeatCents: launch.pricePerSeatCents,
    capacity: rocket.capacity,
    minimumOccupancy: launch.minimumOccupancy,
    confirmedSeats: seats,
    occupancyPercent: occupancyPercent(seats, rocket.capacity),
    viable: isViable(seats, launch.minimumOccupancy),
    abortReason: launch.abortReason,
    createdAt: launch.createdAt.toISOString(),
  };
}

/**
 * Upcoming launches (scheduled or delayed) first, the next one on top; finished ones after,
 * the latest first. The console's default order: what still needs the agency comes first.
 */
const upcomingFirst = [
  asc(sql`case when ${launches.status} in ('scheduled', 'delayed') then 0 else 1 end`),
  asc(
    sql`case when ${launches.status} in ('scheduled', 'delayed') then extract(epoch from ${launches.date}) else -extract(epoch from ${launches.date}) end`,
  ),
];

/** The agency's launches with occupancy and viability; filter by status and viability, sort by date or occupancy. */
export async function listAgencyLaunches(
  ctx: Ctx,
  query: LaunchListQuery & { upcomingFirst?: boolean },
): Promise<Page<AgencyLaunchDto>> {
  const agency = await currentAgency(ctx);
  const conditions: (SQL | undefined)[] = [eq(launches.agencyId, agency.id)];
  if (query.status) conditions.push(eq(launches.status, query.status));
  if (query.viable !== undefined) {
    conditions.push(
      query.viable
        ? sql`${confirmedSeatsSql} >= ${launches.minimumOccupancy}`
        : sql`${confirmedSeatsSql} < ${launches.minimumOccupancy}`,
    );
  }
  const where = and(...conditions);
  const order = query.order ?? (query.sort === "occupancy" ? "desc" : "asc");
  const dir = order === "desc" ? desc : asc;
  const primary =
    query.sort === "occupancy" ? dir(sql`(${confirmedSeatsSql})::float / ${rockets.capacity}`) : dir(launches.date);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(launchColumns)
      .from(launches)
      .innerJoin(rockets, eq(rockets.id, launches.rocketId))
      .where(where)
      .orderBy(...(query.upcomingFirst ? upcomingFirst : [primary]), asc(launches.date), asc(launches.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(launches).where(where),
  ]);
  return { items: rows.map(launchDto), total: Number(total), page: query.page, pageSize: query.pageSize };
}

/** One launch of the agency (not_found for anyone else's). */
export async function findAgencyLaunch(ctx: Ctx, agencyId: string, id: string): Promise<AgencyLaunchDto> {
  if (!isUuid(id)) throw new DomainError("not_found", "Launch not found.");
  const [row] = await ctx.db
    .select(launchColumns)
    .from(launches)
    .innerJoin(rockets, eq(rockets.id, launches.rocketId))
    .where(and(eq(launches.id, id), eq(launches.agencyId, agencyId)))
    .limit(1);
  if (!row) throw new DomainError("not_found", "Launch not found.");
  return launchDto(row);
}

export async function statusHistoryOf(ctx: Ctx, launchId: string): Promise<StatusHistoryDto[]> {
  const rows = await ctx.db
    .select({ h: launchStatusHistory, userName: users.name })
    .from(launchStatusHistory)
    .leftJoin(users, eq(users.id, launchStatusHistory.changedBy))
    .where(eq(launchStatusHistory.launchId, launchId))
    .orderBy(asc(launchStatusHistory.changedAt), asc(launchStatusHistory.id));
  return rows.map(({ h, userName }) => ({
    id: h.id,
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    changedAt: h.changedAt.toISOString(),
    changedBy: h.changedBy ? { id: h.changedBy, name: userName ?? "" } : null,
    oldDate: h.oldDate?.toISOString() ?? null,
    newDate: h.newDate?.toISOString() ?? null,
    reason: h.reason,
  }));
}

export async function getAgencyLaunch(ctx: Ctx, id: string): Promise<AgencyLaunchDetailDto> {
  const agency = await currentAgency(ctx);
  const launch = await findAgencyLaunch(ctx, agency.id, id);
  return { ...launch, statusHistory: await statusHistoryOf(ctx, launch.id) };
}
