import "server-only";
import { eq } from "drizzle-orm";
import { bookings, launches } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { formatUsd } from "@/lib/money";
import { settlePendingRefunds } from "@/lib/payments/refunds";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { loadBookingFacts } from "./facts";
import { bookingView, ownBookingRow, type BookingView } from "./queries";
import { cancelWithRefund, releaseHold } from "./release";
import { cancellationError, refundQuote } from "./rules";
import type { CancelBookingInput } from "./schemas";

/**
 * Cancel on a held booking releases it: while the hold runs its seats free at once and
 * nothing is refunded (nothing was charged); a hold that has run out already freed them.
 */
async function releaseOwnHold(
  tx: Ctx,
  booking: { id: string; reference: string; expiresAt: Date | null },
  input: CancelBookingInput,
): Promise<void> {
  if (!booking.expiresAt || booking.expiresAt.getTime() <= tx.now.getTime())
    throw new DomainError("hold_expired", "This hold has already run out; its seats are free again.");
  if (input.expectedRefundPercent !== undefined && input.expectedRefundPercent !== 0)
    throw new DomainError("conflict", "Nothing was paid for this hold, so releasing it refunds nothing (0 %).");
  await releaseHold(tx, booking.id);
  await logEvent(tx, {
    event: "booking.released",
    message: `Hold ${booking.reference} released by its traveler`,
    details: { bookingId: booking.id },
  });
}

/**
 * Cancel a booking and refund what the policy allows now, through the provider. When the
 * traveler confirms a quote he was shown (`expectedRefundPercent`) and the policy now gives
 * a different percentage (the launch crossed the 365- or 90-day line since), nothing is
 * cancelled: 409 with the new figure, so he never gets less than he agreed to unknowingly.
 */
export async function cancelBooking(ctx: Ctx, bookingId: string, input: CancelBookingInput = {}): Promise<BookingView> {
  const own = await ownBookingRow(ctx, bookingId);
  await withTransaction(ctx, async (tx) => {
    const [launch] = await tx.db
      .select({ status: launches.status, date: launches.date })
      .from(launches)
      .where(eq(launches.id, own.launchId))
      .for("update");
    const [booking] = await tx.db.select().from(bookings).where(eq(bookings.id, own.id)).for("update");
    if (booking.status === "held") {
      await releaseOwnHold(tx, booking, input);
      return;
    }
    const reason = cancellationError({
      bookingStatus: booking.status,
      launchStatus: launch.status,
      launchDate: launch.date,
      now: tx.now,
    });
    if (reason) throw new DomainError("conflict", reason);
    const quote = refundQuote(booking.amountCents, launch.date, tx.now);
    if (input.expectedRefundPercent !== undefined && input.expectedRefundPercent !== quote.refundPercent) {
      throw new DomainError(
        "conflict",
        `The refund is now ${quote.refundPercent} % (${formatUsd(quote.refundCents)}), not the ${input.expectedRefundPercent} % you were shown: the launch date is closer. Review the new amount and confirm again.`,
      );
    }
    const [facts] = await loadBookingFacts(tx, [booking.id]);
    await cancelWithRefund(tx, facts, quote, "traveler");
    await logEvent(tx, {
      event: "booking.cancelled",
      message: `Booking ${booking.reference} cancelled, refund ${quote.refundPercent} %`,
      details: { bookingId: booking.id, ...quote },
    });
  });
  // A Stripe refund is sent once the cancellation has committed (a failure is retried by a job).
  await settlePendingRefunds(ctx, { bookingIds: [own.id] });
  invalidateLaunch(own.launchId);
  return bookingView(ctx, bookingId);
}
