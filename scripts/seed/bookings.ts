import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import {
  agencies,
  bookings,
  bookingSeats,
  launches,
  payments,
  users,
  type Destination,
  type LaunchStatus,
} from "@/db/schema";
import { abortRefund, bookingAmountCents, bookingReference } from "@/lib/bookings/rules";
import type { Ctx } from "@/lib/context";
import type { DemoUserKey } from "./users";

interface SeedBooking {
  traveler: DemoUserKey;
  agency: string;
  destination: Destination;
  status: LaunchStatus;
  /** Extra passengers after the traveler. */
  companions?: { name: string; email: string; dateOfBirth: string }[];
  /** Cancelled when the launch was aborted (2 days before its date), fully refunded. */
  cancelledForAbort?: boolean;
}

// The VIP has flown (the past successful launch, so reports and invoices have data), was on
// Luna Express's failed launch and booked one more trip: 3 confirmed bookings on distinct
// launches. The plain traveler has one confirmed booking (so stays non-VIP) and one that the
// past aborted launch cancelled with a 100 % refund (a cancelled booking is not a trip).
const DEMO_BOOKINGS: SeedBooking[] = [
  {
    traveler: "vip",
    agency: "Orbital Horizons",
    destination: "moon",
    status: "successful",
    companions: [{ name: "Vera Vip", email: "vera@astrobookings.test", dateOfBirth: "1982-02-14" }],
  },
  { traveler: "vip", agency: "Orbital Horizons", destination: "moon", status: "scheduled" },
  { traveler: "vip", agency: "Luna Express", destination: "moon", status: "failed" },
  { traveler: "traveler", agency: "Orbital Horizons", destination: "mars", status: "scheduled" },
  {
    traveler: "traveler",
    agency: "Orbital Horizons",
    destination: "suborbital",
    status: "aborted",
    cancelledForAbort: true,
  },
];

/**
 * Paid demo bookings with their charge rows (and the refund row of the one the aborted
 * launch cancelled). Inserted directly: the service
 * refuses a launch in the past. Idempotent: skipped when the traveler already has a
 * booking on that launch.
 */
export async function seedBookings(ctx: Ctx, userIds: Record<DemoUserKey, string>): Promise<void> {
  for (const spec of DEMO_BOOKINGS) {
    const [launch] = await ctx.db
      .select({ id: launches.id, price: launches.pricePerSeatCents, date: launches.date })
      .from(launches)
      .innerJoin(agencies, eq(agencies.id, launches.agencyId))
      .where(
        and(
          eq(agencies.name, spec.agency),
          eq(launches.destination, spec.destination),
          eq(launches.status, spec.status),
        ),
      )
      .orderBy(asc(launches.date))
      .limit(1);
    if (!launch) continue;
    const travelerId = userIds[spec.traveler];
    const [existing] = await ctx.db
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.launchId, launch.id), eq(bookings.travelerId, travelerId)))
      .limit(1);
    if (existing) continue;
    const [traveler] = await ctx.db.select().from(users).where(eq(users.id, travelerId));
    const passengers = [
      { name: traveler.name, email: traveler.email, dateOfBirth: traveler.dateOfBirth ?? "1985-01-01" },
      ...(spec.companions ?? []),
    ];
    const taken = await ctx.db
      .select({ seat: bookingSeats.seatNumber })
      .from(bookingSeats)
      .where(and(eq(bookingSeats.launchId, launch.id), eq(bookingSeats.live, true)));
    const busy = new Set(taken.map((t) => t.seat));
    const seats: number[] = [];
    for (let s = 1; seats.length < passengers.length; s++) if (!busy.has(s)) seats.push(s);
    // Booked well before the launch (and, for the flown one, before its date).
    const bookedAt = new Date(Math.min(ctx.now.getTime(), launch.date.getTime()) - 60 * 24 * 3600_000);
    const amountCents = bookingAmountCents(seats.length, launch.price);
    const cancelledAt = spec.cancelledForAbort ? new Date(launch.date.getTime() - 2 * 24 * 3600_000) : null;
    const refund = cancelledAt ? abortRefund(amountCents) : null;
    const [booking] = await ctx.db
      .insert(bookings)
      .values({
        reference: bookingReference(randomBytes(6)),
        launchId: launch.id,
        travelerId,
        status: cancelledAt ? "cancelled" : "confirmed",
        amountCents,
        refundCents: refund?.refundCents ?? null,
        refundPercent: refund?.refundPercent ?? null,
        confirmedAt: bookedAt,
        cancelledAt,
        createdAt: bookedAt,
        updatedAt: cancelledAt ?? bookedAt,
      })
      .returning({ id: bookings.id });
    await ctx.db.insert(bookingSeats).values(
      seats.map((seatNumber, i) => ({
        bookingId: booking.id,
        launchId: launch.id,
        seatNumber,
        passengerName: passengers[i].name,
        passengerEmail: passengers[i].email,
        passengerDateOfBirth: passengers[i].dateOfBirth,
        live: !cancelledAt,
        createdAt: bookedAt,
      })),
    );
    await ctx.db.insert(payments).values({
      bookingId: booking.id,
      kind: "charge",
      status: "succeeded",
      amountCents,
      provider: "sandbox",
      providerRef: `sbx_seed_${booking.id}`,
      cardLast4: "4242",
      createdAt: bookedAt,
    });
    if (cancelledAt && refund && refund.refundCents > 0) {
      await ctx.db.insert(payments).values({
        bookingId: booking.id,
        kind: "refund",
        status: "succeeded",
        amountCents: refund.refundCents,
        provider: "sandbox",
        providerRef: `sbx_seed_refund_${booking.id}`,
        createdAt: cancelledAt,
      });
    }
  }
}
