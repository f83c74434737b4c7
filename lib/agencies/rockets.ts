import "server-only";
import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import { isUniqueViolation } from "@/db/errors";
import { bookingSeats, launches, rockets } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { rangeCovers, DESTINATION_LABELS, RANGE_LABELS } from "@/lib/launches/rules";
import { logEvent } from "@/lib/monitoring/log-event";
import { invalidateLaunchesOf } from "@/lib/catalogue/cache";
import { currentAgency } from "./current-agency";
import type { RocketDto, RocketInput, RocketPatch } from "./rocket-schemas";
import { isUuid } from "@/lib/validation";

type RocketRow = typeof rockets.$inferSelect;

const LIVE_STATUSES = ["scheduled", "delayed"] as const;

export function rocketDto(row: RocketRow): RocketDto {
  return {
    id: row.id,
    name: row.name,
    capacity: row.capacity,
    range: row.range,
    createdAt: row.createdAt.toISOString(),
  };
}

const notFound = () => new DomainError("not_found", "Rocket not found.");
const nameTaken = () =>
  new DomainError("validation_failed", "You already have a rocket with this name.", {
    name: ["You already have a rocket with this name."],
  });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listRockets(ctx: Ctx, opts: { page?: number; pageSize?: number } = {}): Promise<Page<RocketDto>> {
  const agency = await currentAgency(ctx);
  const page = Math.max(1, opts.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, opts.pageSize ?? 20));
  const where = eq(rockets.agencyId, agency.id);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(rockets)
      .where(where)
      .orderBy(asc(sql`lower(${rockets.name})`), asc(rockets.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ total: count() }).from(rockets).where(where),
  ]);
  return { items: rows.map(rocketDto), total: Number(total), page, pageSize };
}

/** Every rocket of the agency (for the schedule form's select); agencies have a handful. */
export async function allRockets(ctx: Ctx): Promise<RocketDto[]> {
  const agency = await currentAgency(ctx);
  const rows = await ctx.db
    .select()
    .from(rockets)
    .where(eq(rockets.agencyId, agency.id))
    .orderBy(asc(sql`lower(${rockets.name})`))
    .limit(500);
  return rows.map(rocketDto);
}

async function ownRocket(ctx: Ctx, agencyId: string, id: string, forUpdate = false): Promise<RocketRow> {
  if (!isUuid(id)) throw notFound();
  const query = ctx.db
    .select()
    .from(rockets)
    .where(and(eq(rockets.id, id), eq(rockets.agencyId, agencyId)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function getRocket(ctx: Ctx, id: string): Promise<RocketDto> {
  const agency = await currentAgency(ctx);
  return rocketDto(await ownRocket(ctx, agency.id, id));
}

async function assertNameFree(ctx: Ctx, agencyId: string, name: string, exceptId?: string): Promise<void> {
  const [clash] = await ctx.db
    .select({ id: rockets.id })
    .from(rockets)
    .where(
      and(
        eq(rockets.agencyId, agencyId),
        sql`lower(${rockets.name}) = lower(${name})`,
        exceptId ? ne(rockets.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) throw nameTaken();
}

async function mapNameRace<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function createRocket(ctx: Ctx, input: RocketInput): Promise<RocketDto> {
  return mapNameRace(() =>
    withTransaction(ctx, async (tx) => {
      const agency = await currentAgency(tx);
      await assertNameFree(tx, agency.id, input.name);
      const [row] = await tx.db
        .insert(rockets)
        .values({ agencyId: agency.id, name: input.name, capacity: input.capacity, range: input.range })
        .returning();
      await logEvent(tx, {
        event: "rocket.created",
        message: `Rocket ${row.name} created`,
        details: { rocketId: row.id, agencyId: agency.id },
      });
      return rocketDto(row);
    }),
  );
}

/** Per live launch of the rocket: the seats it needs (seats sold, and the highest seat number taken). */
async function liveLaunchNeeds(ctx: Ctx, rocketId: string) {
  return ctx.db
    .select({
      launchId: launches.id,
      destination: launches.destination,
      date: launches.date,
      minimumOccupancy: launches.minimumOccupancy,
      seatsTaken: sql<number>`count(${bookingSeats.id})::int`,
      highestSeat: sql<number>`coalesce(max(${bookingSeats.seatNumber}), 0)::int`,
    })
    .from(launches)
    .leftJoin(bookingSeats, and(eq(bookingSeats.launchId, launches.id), eq(bookingSeats.live, true)))
    .where(and(eq(launches.rocketId, rocketId), inArray(launches.status, LIVE_STATUSES)))
    .groupBy(launches.id);
}

export async function updateRocket(ctx: Ctx, id: string, patch: RocketPatch): Promise<RocketDto> {
  const rocket = await mapNameRace(() =>
    withTransaction(ctx, async (tx) => {
      const agency = await currentAgency(tx);
      // Locked like scheduling does, so a booking or a schedule cannot slip in between the check and the update.
      const rocket = await ownRocket(tx, agency.id, id, true);
      if (patch.name !== undefined) await assertNameFree(tx, agency.id, patch.name, rocket.id);
      const needs = await liveLaunchNeeds(tx, rocket.id);
      if (patch.capacity !== undefined) {
        const sold = Math.max(0, ...needs.map((n) => Math.max(n.seatsTaken, n.highestSeat)));
        if (patch.capacity < sold) {
          const message = `Seats are already sold up to ${sold} on an upcoming launch of this rocket; the capacity cannot drop below ${sold}.`;
          throw new DomainError("validation_failed", message, { capacity: [message] });
        }
      }
      if (patch.range !== undefined) {
        const stranded = needs.find((n) => !rangeCovers(patch.range!, n.destination));
        if (stranded) {
          const message = `An upcoming launch of this rocket flies to ${DESTINATION_LABELS[stranded.destination]}, beyond the ${RANGE_LABELS[patch.range].toLowerCase()} range.`;
          throw new DomainError("validation_failed", message, { range: [message] });
        }
      }
      const [row] = await tx.db
        .update(rockets)
        .set({ ...patch, updatedAt: tx.now })
        .where(and(eq(rockets.id, rocket.id), eq(rockets.agencyId, agency.id)))
        .returning();
      if (patch.capacity !== undefined) {
        // Minimum occupancy stays within 1..capacity on the rocket's upcoming launches.
        await tx.db
          .update(launches)
          .set({ minimumOccupancy: patch.capacity, updatedAt: tx.now })
          .where(
            and(
              eq(launches.rocketId, rocket.id),
              inArray(launches.status, LIVE_STATUSES),
              sql`${launches.minimumOccupancy} > ${patch.capacity}`,
            ),
          );
      }
      await logEvent(tx, {
        event: "rocket.updated",
        message: `Rocket ${row.name} updated`,
        details: { rocketId: row.id, changes: patch },
      });
      return rocketDto(row);
    }),
  );
  // Its name and capacity are on its launches' public pages.
  await invalidateLaunchesOf(ctx, { rocketId: rocket.id });
  return rocket;
}

export async function deleteRocket(ctx: Ctx, id: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const agency = await currentAgency(tx);
    const rocket = await ownRocket(tx, agency.id, id, true);
    const [{ live, past }] = await tx.db
      .select({
        live: sql<number>`count(*) filter (where ${launches.status} in ('scheduled', 'delayed'))::int`,
        past: sql<number>`count(*)::int`,
      })
      .from(launches)
      .where(eq(launches.rocketId, rocket.id));
    if (live > 0) {
      throw new DomainError(
        "conflict",
        `${rocket.name} has ${live} scheduled or delayed launch${live === 1 ? "" : "es"}; abort or complete ${live === 1 ? "it" : "them"} before deleting the rocket.`,
      );
    }
    if (past > 0) {
      // Past launches, their bookings and invoices point at the rocket: the record must stay whole.
      throw new DomainError(
        "conflict",
        `${rocket.name} has flown ${past} launch${past === 1 ? "" : "es"} kept in the records; it cannot be deleted.`,
      );
    }
    await tx.db.delete(rockets).where(and(eq(rockets.id, rocket.id), eq(rockets.agencyId, agency.id)));
    await logEvent(tx, {
      event: "rocket.deleted",
      message: `Rocket ${rocket.name} deleted`,
      details: { rocketId: rocket.id },
    });
  });
}
