import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { bookings, bookingSeats, users } from "@/db/schema";
import { currentAgency } from "@/lib/agencies/current-agency";
import type { Ctx } from "@/lib/context";
import { toCsv } from "@/lib/csv";
import { findAgencyLaunch } from "./launch-queries";
import type { AgencyLaunchDto } from "./schemas";

export interface PassengerRow {
  seat: number;
  name: string;
  email: string;
  dateOfBirth: string;
  reference: string;
  travelerName: string;
  travelerEmail: string;
}

export interface PassengerList {
  launch: AgencyLaunchDto;
  rows: PassengerRow[];
  /** Distinct travelers with a confirmed booking: those a status change notifies. */
  travelers: number;
}

/** Who flies on one of the agency's launches: every seat of a confirmed booking, by seat number. */
export async function launchPassengers(ctx: Ctx, launchId: string): Promise<PassengerList> {
  const agency = await currentAgency(ctx);
  const launch = await findAgencyLaunch(ctx, agency.id, launchId);
  const rows = await ctx.db
    .select({
      seat: bookingSeats.seatNumber,
      name: bookingSeats.passengerName,
      email: bookingSeats.passengerEmail,
      dateOfBirth: bookingSeats.passengerDateOfBirth,
      reference: bookings.reference,
      travelerId: bookings.travelerId,
      travelerName: users.name,
      travelerEmail: users.email,
    })
    .from(bookingSeats)
    .innerJoin(bookings, eq(bookings.id, bookingSeats.bookingId))
    .innerJoin(users, eq(users.id, bookings.travelerId))
    .where(and(eq(bookingSeats.launchId, launch.id), eq(bookings.status, "confirmed")))
    .orderBy(asc(bookingSeats.seatNumber));
  return {
    launch,
    rows: rows.map((r) => ({
      seat: r.seat,
      name: r.name,
      email: r.email,
      // Erased (null) once the traveler deleted his account.
      dateOfBirth: r.dateOfBirth ?? "",
      reference: r.reference,
      travelerName: r.travelerName,
      travelerEmail: r.travelerEmail,
    })),
    travelers: new Set(rows.map((r) => r.travelerId)).size,
  };
}

export function passengersCsv(list: PassengerList): string {
  return toCsv([
    ["seat", "passenger", "email", "date_of_birth", "booking", "traveler", "traveler_email"],
    ...list.rows.map((r) => [r.seat, r.name, r.email, r.dateOfBirth, r.reference, r.travelerName, r.travelerEmail]),
  ]);
}

export function passengersFilename(list: PassengerList): string {
  return `passengers-${list.launch.date.slice(0, 10)}-${list.launch.id.slice(0, 8)}.csv`;
}
