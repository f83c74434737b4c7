import "server-only";
import { and, eq } from "drizzle-orm";
import { payments, type LaunchStatus } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { getMyBooking } from "./queries";

/** Everything a booking's receipt shows; dates are ISO strings. */
export interface BookingReceipt {
  reference: string;
  status: "confirmed" | "cancelled";
  issuedAt: string;
  traveler: { name: string; email: string };
  launch: { title: string; date: string; status: LaunchStatus; spaceport: string; rocket: string };
  agency: { name: string; contactEmail: string };
  passengers: { seat: number; name: string }[];
  paid: { amountCents: number; paidAt: string; cardLast4: string | null };
  /** Present once the booking is cancelled: the refund granted, when, and whether the provider has paid it out. */
  refund: { amountCents: number; percent: number; date: string; pending: boolean } | null;
}

/**
 * The receipt of one own booking (another traveler's is 404). Only a booking that was paid
 * has one: a running or expired hold, or a hold released before payment, is a 409.
 */
export async function getBookingReceipt(ctx: Ctx, bookingId: string): Promise<BookingReceipt> {
  const booking = await getMyBooking(ctx, bookingId);
  if (booking.status === "held" || booking.status === "expired" || !booking.confirmedAt) {
    throw new DomainError(
      "conflict",
      `Booking ${booking.reference} was never paid, so it has no receipt. Receipts exist for confirmed and cancelled bookings.`,
    );
  }
  const [charge] = await ctx.db
    .select({ cardLast4: payments.cardLast4 })
    .from(payments)
    .where(and(eq(payments.bookingId, booking.id), eq(payments.kind, "charge"), eq(payments.status, "succeeded")))
    .limit(1);
  const actor = ctx.actor!;
  return {
    reference: booking.reference,
    status: booking.status,
    issuedAt: ctx.now.toISOString(),
    traveler: { name: actor.name, email: actor.email },
    launch: {
      title: booking.launch.title,
      date: booking.launch.date,
      status: booking.launch.status,
      spaceport: booking.launch.spaceport,
      rocket: booking.launch.rocket.name,
    },
    agency: { name: booking.launch.agency.name, contactEmail: booking.launch.agency.contactEmail },
    passengers: booking.passengers.map((p) => ({ seat: p.seat, name: p.name })),
    paid: {
      amountCents: booking.amountCents,
      paidAt: booking.confirmedAt,
      cardLast4: charge?.cardLast4 ?? null,
    },
    refund:
      booking.status === "cancelled"
        ? {
            amountCents: booking.refundCents ?? booking.pendingRefund?.amountCents ?? 0,
            percent: booking.refundPercent ?? 0,
            // Granted at the cancellation; `pending` while the provider has not yet accepted it.
            date: booking.cancelledAt!,
            pending: booking.refundCents === undefined && Boolean(booking.pendingRefund),
          }
        : null,
  };
}
