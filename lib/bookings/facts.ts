import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { agencies, bookings, bookingSeats, launches, rockets, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { launchTitle } from "@/lib/launches/rules";

/** What the notifications of one booking need to say. */
export interface BookingFacts {
  id: string;
  reference: string;
  launchId: string;
  travelerId: string;
  travelerName: string;
  travelerEmail: string;
  amountCents: number;
  seats: number[];
  launchTitle: string;
  launchDate: Date;
  agencyName: string;
  agencyEmail: string;
}

/** The facts of several bookings (seats in order); missing ids are skipped. */
export async function loadBookingFacts(ctx: Ctx, bookingIds: string[]): Promise<BookingFacts[]> {
  if (bookingIds.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: bookings.id,
      reference: bookings.reference,
      launchId: bookings.launchId,
      travelerId: bookings.travelerId,
      travelerName: users.name,
      travelerEmail: users.email,
      amountCents: bookings.amountCents,
      destination: launches.destination,
      spaceport: launches.spaceport,
      launchDate: launches.date,
      rocketName: rockets.name,
      agencyName: agencies.name,
      agencyEmail: agencies.contactEmail,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.travelerId))
    .innerJoin(launches, eq(launches.id, bookings.launchId))
    .innerJoin(rockets, eq(rockets.id, launches.rocketId))
    .innerJoin(agencies, eq(agencies.id, launches.agencyId))
    .where(inArray(bookings.id, bookingIds));
  const seats = await ctx.db
    .select({ bookingId: bookingSeats.bookingId, seatNumber: bookingSeats.seatNumber })
    .from(bookingSeats)
    .where(inArray(bookingSeats.bookingId, bookingIds))
    .orderBy(asc(bookingSeats.seatNumber));
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    launchId: r.launchId,
    travelerId: r.travelerId,
    travelerName: r.travelerName,
    travelerEmail: r.travelerEmail,
    amountCents: r.amountCents,
    seats: seats.filter((s) => s.bookingId === r.id).map((s) => s.seatNumber),
    launchTitle: launchTitle({ destination: r.destination, rocketName: r.rocketName, spaceport: r.spaceport }),
    launchDate: r.launchDate,
    agencyName: r.agencyName,
    agencyEmail: r.agencyEmail,
  }));
}
