import "server-only";
import { eq } from "drizzle-orm";
import { bookings } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { getPaymentProvider } from "@/lib/payments";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { loadBookingFacts } from "./facts";
import { lockPayableHold } from "./payable-hold";
import { placeHold, type HoldInput } from "./hold";
import { notifyBookingConfirmed } from "./notify";
import { bookingView, ownBookingRow, type BookingView } from "./queries";
import { freeSeatsOf } from "./release";

type PayOutcome = "confirmed" | "declined" | "expired";

/** Refuses a card the provider can never charge, as a field error (`fieldPath` as the caller sent it). */
export function assertCardNumber(cardNumber: string, fieldPath = "cardNumber"): void {
  const message = getPaymentProvider().cardNumberError(cardNumber);
  if (message) throw new DomainError("validation_failed", message, { [fieldPath]: [message] });
}

export interface PayOptions {
  /** Where a card error points (the API's `payment.cardNumber` for a one-step booking). */
  fieldPath?: string;
  /** A one-step booking holds nothing once its card is declined; a hold being paid keeps its seats. */
  onDecline?: "keep_hold" | "release";
  /** The traveler accepted the refund tiers for this payment: kept on the booking with the time. */
  acceptedRefundTerms?: boolean;
}

/**
 * Pays a running hold: charge → confirmed, with the confirmation to the traveler and the
 * new-booking mail to the agency. A declined card keeps the hold (the traveler may try another
 * card until it expires) and answers 402; a hold that ran out answers 409 hold_expired.
 */
export async function payBooking(
  ctx: Ctx,
  bookingId: string,
  cardNumber: string,
  { fieldPath = "cardNumber", onDecline = "keep_hold", acceptedRefundTerms = false }: PayOptions = {},
): Promise<BookingView> {
  const own = await ownBookingRow(ctx, bookingId);
  assertCardNumber(cardNumber, fieldPath);
  if (own.status === "confirmed") throw new DomainError("conflict", "This booking is already paid.");

  const outcome = await withTransaction(ctx, async (tx): Promise<PayOutcome> => {
    const booking = await lockPayableHold(tx, own);
    if (booking === "expired") return "expired";

    const charge = await getPaymentProvider().charge(tx, {
      bookingId: booking.id,
      amountCents: booking.amountCents,
      cardNumber,
    });
    if (!charge.ok) {
      if (onDecline === "release") {
        await tx.db
          .update(bookings)
          .set({ status: "expired", expiresAt: tx.now, updatedAt: tx.now })
          .where(eq(bookings.id, booking.id));
        await freeSeatsOf(tx, [booking.id]);
      }
      await logEvent(tx, {
        level: "warn",
        event: "booking.payment_declined",
        message: `Card ending ${charge.cardLast4} declined`,
        details: { bookingId: booking.id },
      });
      return "declined";
    }
    await tx.db
      .update(bookings)
      .set({
        status: "confirmed",
        confirmedAt: tx.now,
        expiresAt: null,
        updatedAt: tx.now,
        ...(acceptedRefundTerms ? { refundTermsAcceptedAt: tx.now } : {}),
      })
      .where(eq(bookings.id, booking.id));
    const [facts] = await loadBookingFacts(tx, [booking.id]);
    await notifyBookingConfirmed(tx, facts);
    await logEvent(tx, {
      event: "booking.confirmed",
      message: `Booking ${booking.reference} confirmed`,
      details: { bookingId: booking.id, amountCents: booking.amountCents },
    });
    return "confirmed";
  });
  // Paid, declined (seats freed) or expired (seats freed): the launch's public data moved.
  invalidateLaunch(own.launchId);

  if (outcome === "declined")
    throw onDecline === "release"
      ? new DomainError("payment_declined", "Your card was declined. The seats were released; nothing was charged.")
      : new DomainError(
          "payment_declined",
          "Your card was declined and nothing was charged. Your seats are still held: try another card.",
          { [fieldPath]: ["This card was declined. Try another card."] },
        );
  if (outcome === "expired")
    throw new DomainError(
      "hold_expired",
      "Your 10-minute hold ran out and the seats were released. Please book again.",
    );
  return bookingView(ctx, bookingId);
}

/** POST /api/v1/bookings with `payment`: hold, then pay at once (a declined card frees the seats). */
export async function bookAndPay(
  ctx: Ctx,
  input: HoldInput & { cardNumber: string; acceptedRefundTerms?: boolean },
): Promise<BookingView> {
  assertCardNumber(input.cardNumber, "payment.cardNumber");
  const heldId = await placeHold(ctx, input, { payingNow: true });
  return payBooking(ctx, heldId, input.cardNumber, {
    fieldPath: "payment.cardNumber",
    onDecline: "release",
    acceptedRefundTerms: input.acceptedRefundTerms,
  });
}
