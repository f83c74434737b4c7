import "server-only";
import { eq } from "drizzle-orm";
import { bookings } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { activeProviderName } from "@/lib/payments";
import { checkoutExpiresAt, checkoutKey } from "@/lib/payments/rules";
import { callStripe } from "@/lib/payments/stripe/client";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { loadBookingFacts } from "./facts";
import { lockPayableHold } from "./payable-hold";
import { travelerBookingPath } from "./paths";
import { ownBookingRow } from "./queries";

/** The answer of POST /api/v1/bookings/{id}/checkout. */
export interface CheckoutView {
  provider: "stripe";
  url: string;
  sessionId: string;
  expiresAt: string;
}

const viewOf = (s: { id: string; url: string | null; expires_at: number }): CheckoutView => ({
  provider: "stripe",
  url: s.url ?? "",
  sessionId: s.id,
  expiresAt: new Date(s.expires_at * 1000).toISOString(),
});

/**
 * Sends a held booking to Stripe Checkout: the amount is the booking's (never the client's),
 * the session carries the booking id, and the hold is extended to the session's expiry.
 * The traveler's acceptance of the refund tiers is kept on the booking with its time, as
 * for a card payment. An open session of the booking is returned again, so a booking never has two sessions
 * that could both be paid. The booking is confirmed by the webhook, never here.
 */
export async function startCheckout(
  ctx: Ctx,
  bookingId: string,
  { acceptedRefundTerms = false }: { acceptedRefundTerms?: boolean } = {},
): Promise<CheckoutView> {
  const own = await ownBookingRow(ctx, bookingId);
  if (activeProviderName() !== "stripe")
    throw new DomainError(
      "conflict",
      "Checkout is used with the Stripe provider only; pay this booking with POST /api/v1/bookings/{id}/payment.",
    );
  const outcome = await withTransaction(ctx, async (tx): Promise<CheckoutView | "expired"> => {
    const booking = await lockPayableHold(tx, own);
    if (booking === "expired") return "expired";

    if (booking.checkoutSessionId) {
      const current = await callStripe((stripe) => stripe.checkout.sessions.retrieve(booking.checkoutSessionId!));
      if (current.status === "open") {
        if (acceptedRefundTerms)
          await tx.db.update(bookings).set({ refundTermsAcceptedAt: tx.now }).where(eq(bookings.id, booking.id));
        return viewOf(current);
      }
      if (current.status === "complete")
        throw new DomainError("conflict", "This booking is paid; its confirmation is on its way.");
    }
    const attempt = booking.checkoutAttempts + 1;
    const [facts] = await loadBookingFacts(tx, [booking.id]);
    const appUrl = getEnv().APP_URL.replace(/\/$/, "");
    const bookingUrl = `${appUrl}${travelerBookingPath(booking.id)}`;
    const session = await callStripe((stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: "usd",
                unit_amount: booking.amountCents,
                product_data: {
                  name: `${facts.launchTitle} — seat${facts.seats.length === 1 ? "" : "s"} ${facts.seats.join(", ")}`,
                  description: `Booking ${booking.reference}`,
                },
              },
            },
          ],
          customer_email: facts.travelerEmail,
          client_reference_id: booking.id,
          metadata: { bookingId: booking.id, reference: booking.reference },
          payment_intent_data: { metadata: { bookingId: booking.id, reference: booking.reference } },
          expires_at: Math.floor(checkoutExpiresAt(tx.now).getTime() / 1000),
          success_url: `${bookingUrl}/return?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${bookingUrl}/pay`,
        },
        { idempotencyKey: checkoutKey(booking.id, attempt) },
      ),
    );
    const holdUntil = new Date(Math.max(session.expires_at * 1000, booking.expiresAt!.getTime()));
    await tx.db
      .update(bookings)
      .set({
        checkoutSessionId: session.id,
        checkoutAttempts: attempt,
        expiresAt: holdUntil,
        ...(acceptedRefundTerms ? { refundTermsAcceptedAt: tx.now } : {}),
        updatedAt: tx.now,
      })
      .where(eq(bookings.id, booking.id));
    await logEvent(tx, {
      event: "booking.checkout_started",
      message: `Booking ${booking.reference} sent to Stripe Checkout (attempt ${attempt})`,
      details: { bookingId: booking.id, sessionId: session.id, holdUntil: holdUntil.toISOString() },
    });
    return viewOf(session);
  });
  if (outcome === "expired") {
    invalidateLaunch(own.launchId);
    throw new DomainError("hold_expired", "Your hold ran out and the seats were released. Please book again.");
  }
  return outcome;
}
