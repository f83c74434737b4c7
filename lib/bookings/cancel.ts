import "server-only";
import { eq } from "drizzle-orm";
import { bookings, launches } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { loadBookingFacts } from "./facts";
import { bookingView, ownBookingRow, type BookingView } from "./queries";
import { cancelWithRefund } from "./release";
import { cancellationError, refundQuote } from "./rules";

/** Cancel a booking and refund what the policy allows now, through the provider. */
export async function cancelBooking(ctx: Ctx, bookingId: string): Promise<BookingView> {
  const own = await ownBookingRow(ctx, bookingId);
  await withTransaction(ctx, async (tx) => {
    const [launch] = await tx.db.select({ status: launches.status, date: launches.date }).from(launches).where(eq(launches.id, own.launchId)).for("update");
    const [booking] = await tx.db.select().from(bookings).where(eq(bookings.id, own.id)).for("update");
    const reason = cancellationError({ bookingStatus: booking.status, launchStatus: launch.status, launchDate: launch.date, now: tx.now });
    if (reason) throw new DomainError("conflict", reason);
    const quote = refundQuote(booking.amountCents, launch.date, tx.now);
    const [facts] = await loadBookingFacts(tx, [booking.id]);
    await cancelWithRefund(tx, facts, quote, "traveler");
    await logEvent(tx, { event: "booking.cancelled", message: `Booking ${booking.reference} cancelled, refund ${quote.refundPercent} %`, details: { bookingId: booking.id, ...quote } });
  });
  return bookingView(ctx, bookingId);
}
