import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import {
  agencies,
  bookings,
  bookingSeats,
  launches,
  launchSeatCounts,
  launchStatusHistory,
  rockets,
  type Destination,
  type LaunchStatus,
} from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { BOOKABLE_STATUSES, isLaunchBookable } from "@/lib/bookings/rules";
import { launchTitle } from "@/lib/launches/rules";
import type { CatalogueQuery } from "./schemas";
import { isUuid } from "@/lib/validation";

// The public catalogue. Seats left never count an expired hold, even before the
// expire-holds job has run: launch_seat_counts holds every live seat (kept by triggers on
// booking_seats), and the seats of holds that expired but are not swept yet are added back
// from the few held bookings past their expiry (bookings_held_expiry_idx). No per-launch count.

/** Live seats of holds that expired by `now` and are not swept yet, per launch. */
function unsweptExpiredHolds(ctx: Ctx) {
  return ctx.db
    .select({ launchId: bookingSeats.launchId, seats: sql<number>`count(*)::int`.as("expired_seats") })
    .from(bookings)
    .innerJoin(bookingSeats, eq(bookingSeats.bookingId, bookings.id))
    .where(and(eq(bookings.status, "held"), lte(bookings.expiresAt, ctx.now), eq(bookingSeats.live, true)))
    .groupBy(bookingSeats.launchId)
    .as("expired_holds");
}

export interface CatalogueItem {
  id: string;
  slug: string;
  title: string;
  date: string;
  destination: Destination;
  spaceport: string;
  status: LaunchStatus;
  pricePerSeatCents: number;
  seatsAvailable: number;
  capacity: number;
  agency: { id: string; name: string };
  rocket: { id: string; name: string };
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const startOfUtcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const nextUtcDay = (iso: string) => new Date(startOfUtcDay(iso).getTime() + 24 * 3600 * 1000);

function itemColumns(expired: ReturnType<typeof unsweptExpiredHolds>) {
  const seatsAvailable = sql<number>`(${rockets.capacity} - coalesce(${launchSeatCounts.liveSeats}, 0) + coalesce(${expired.seats}, 0))`;
  return {
    seatsAvailable,
    columns: {
      id: launches.id,
      slug: launches.slug,
      date: launches.date,
      destination: launches.destination,
      spaceport: launches.spaceport,
      status: launches.status,
      pricePerSeatCents: launches.pricePerSeatCents,
      minimumOccupancy: launches.minimumOccupancy,
      capacity: rockets.capacity,
      seatsAvailable,
      agencyId: agencies.id,
      agencyName: agencies.name,
      agencyDescription: agencies.description,
      rocketId: rockets.id,
      rocketName: rockets.name,
    },
  };
}

/** Launches with their rocket, agency and seats left. */
function launchesWithSeats(
  ctx: Ctx,
  expired: ReturnType<typeof unsweptExpiredHolds>,
  columns: ReturnType<typeof itemColumns>["columns"],
) {
  return ctx.db
    .select(columns)
    .from(launches)
    .innerJoin(rockets, eq(rockets.id, launches.rocketId))
    .innerJoin(agencies, eq(agencies.id, launches.agencyId))
    .leftJoin(launchSeatCounts, eq(launchSeatCounts.launchId, launches.id))
    .leftJoin(expired, eq(expired.launchId, launches.id));
}

type Row = {
  id: string;
  slug: string;
  date: Date;
  destination: Destination;
  spaceport: string;
  status: LaunchStatus;
  pricePerSeatCents: number;
  capacity: number;
  seatsAvailable: number;
  agencyId: string;
  agencyName: string;
  rocketId: string;
  rocketName: string;
};

function toItem(r: Row): CatalogueItem {
  return {
    id: r.id,
    slug: r.slug,
    title: launchTitle({ destination: r.destination, rocketName: r.rocketName, spaceport: r.spaceport }),
    date: new Date(r.date).toISOString(),
    destination: r.destination,
    spaceport: r.spaceport,
    status: r.status,
    pricePerSeatCents: r.pricePerSeatCents,
    seatsAvailable: Number(r.seatsAvailable),
    capacity: r.capacity,
    agency: { id: r.agencyId, name: r.agencyName },
    rocket: { id: r.rocketId, name: r.rocketName },
  };
}

function catalogueWhere(ctx: Ctx, q: CatalogueQuery, seatsAvailable: SQL<number>) {
  return and(
    inArray(launches.status, [...BOOKABLE_STATUSES]),
    gt(launches.date, ctx.now),
    q.destination ? eq(launches.destination, q.destination) : undefined,
    q.agencyId ? eq(launches.agencyId, q.agencyId) : undefined,
    q.from ? gte(launches.date, startOfUtcDay(q.from)) : undefined,
    q.to ? lt(launches.date, nextUtcDay(q.to)) : undefined,
    q.minPriceCents !== undefined ? gte(launches.pricePerSeatCents, q.minPriceCents) : undefined,
    q.maxPriceCents !== undefined ? lte(launches.pricePerSeatCents, q.maxPriceCents) : undefined,
    sql`${seatsAvailable} >= ${q.minSeats ?? 1}`,
  );
}

/** The page query of the catalogue (exported so the benchmark can EXPLAIN it). */
export function catalogueSelect(ctx: Ctx, q: CatalogueQuery) {
  const expired = unsweptExpiredHolds(ctx);
  const { columns, seatsAvailable } = itemColumns(expired);
  const dir = q.order === "desc" ? desc : asc;
  const primary =
    q.sort === "price"
      ? dir(launches.pricePerSeatCents)
      : q.sort === "seats"
        ? dir(seatsAvailable)
        : dir(launches.date);
  return launchesWithSeats(ctx, expired, columns)
    .where(catalogueWhere(ctx, q, seatsAvailable))
    .orderBy(primary, asc(launches.date), asc(launches.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
}

/** How many launches match the catalogue filters (exported so the benchmark can EXPLAIN it). */
export function catalogueCount(ctx: Ctx, q: CatalogueQuery) {
  const expired = unsweptExpiredHolds(ctx);
  const { columns, seatsAvailable } = itemColumns(expired);
  const matching = launchesWithSeats(ctx, expired, columns)
    .where(catalogueWhere(ctx, q, seatsAvailable))
    .as("matching");
  return ctx.db.select({ total: sql<number>`count(*)::int` }).from(matching);
}

/** Bookable launches (scheduled/delayed, in the future, with at least `minSeats` (default 1) seats left). */
export async function listCatalogue(ctx: Ctx, q: CatalogueQuery): Promise<Paged<CatalogueItem>> {
  const [rows, [{ total }]] = await Promise.all([catalogueSelect(ctx, q), catalogueCount(ctx, q)]);
  return { items: rows.map(toItem), total: Number(total), page: q.page, pageSize: q.pageSize };
}

export interface StatusHistoryEntry {
  fromStatus: LaunchStatus | null;
  toStatus: LaunchStatus;
  changedAt: string;
  oldDate: string | null;
  newDate: string | null;
  reason: string | null;
}

export interface LaunchDetail extends CatalogueItem {
  takenSeats: number[];
  minimumOccupancy: number;
  bookable: boolean;
  agency: { id: string; name: string; description: string | null };
  statusHistory: StatusHistoryEntry[];
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function launchStatusHistoryOf(ctx: Ctx, launchId: string): Promise<StatusHistoryEntry[]> {
  const rows = await ctx.db
    .select()
    .from(launchStatusHistory)
    .where(eq(launchStatusHistory.launchId, launchId))
    .orderBy(asc(launchStatusHistory.changedAt), asc(launchStatusHistory.id));
  return rows.map((h) => ({
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    changedAt: new Date(h.changedAt).toISOString(),
    oldDate: iso(h.oldDate),
    newDate: iso(h.newDate),
    reason: h.reason,
  }));
}

/** Seat numbers taken at `now` on one launch (confirmed or held and not yet expired). */
export async function takenSeatsOf(ctx: Ctx, launchId: string): Promise<number[]> {
  const rows = await ctx.db
    .select({ seat: bookingSeats.seatNumber })
    .from(bookingSeats)
    .innerJoin(bookings, eq(bookings.id, bookingSeats.bookingId))
    .where(
      and(
        eq(bookingSeats.launchId, launchId),
        eq(bookingSeats.live, true),
        sql`(${bookings.status} = 'confirmed' or (${bookings.status} = 'held' and ${bookings.expiresAt} > ${ctx.now.toISOString()}::timestamptz))`,
      ),
    )
    .orderBy(asc(bookingSeats.seatNumber));
  return rows.map((r) => r.seat);
}

/** Any launch (bookable or not) by id or slug, with its seats and status history; null if none. */
export async function getLaunchDetail(ctx: Ctx, by: { id: string } | { slug: string }): Promise<LaunchDetail | null> {
  if ("id" in by && !isUuid(by.id)) return null;
  const expired = unsweptExpiredHolds(ctx);
  const { columns } = itemColumns(expired);
  const [row] = await launchesWithSeats(ctx, expired, columns)
    .where("id" in by ? eq(launches.id, by.id) : eq(launches.slug, by.slug))
    .limit(1);
  if (!row) return null;
  const [takenSeats, statusHistory] = await Promise.all([
    takenSeatsOf(ctx, row.id),
    launchStatusHistoryOf(ctx, row.id),
  ]);
  const item = toItem(row);
  return {
    ...item,
    agency: { ...item.agency, description: row.agencyDescription },
    takenSeats,
    minimumOccupancy: row.minimumOccupancy,
    bookable: isLaunchBookable(row.status, new Date(row.date), ctx.now) && item.seatsAvailable > 0,
    statusHistory,
  };
}

/** Agencies with at least one bookable launch (the catalogue's agency filter). */
export async function listCatalogueAgencies(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  return ctx.db
    .selectDistinct({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .innerJoin(launches, eq(launches.agencyId, agencies.id))
    .where(and(inArray(launches.status, [...BOOKABLE_STATUSES]), gt(launches.date, ctx.now)))
    .orderBy(asc(agencies.name));
}

/** Slugs of upcoming bookable launches for the sitemap (bounded). */
export async function listSitemapLaunches(ctx: Ctx, limit = 5000): Promise<{ slug: string; updatedAt: Date }[]> {
  return ctx.db
    .select({ slug: launches.slug, updatedAt: launches.updatedAt })
    .from(launches)
    .where(and(inArray(launches.status, [...BOOKABLE_STATUSES]), gt(launches.date, ctx.now)))
    .orderBy(asc(launches.date))
    .limit(limit);
}
