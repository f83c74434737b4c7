import "server-only";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import { bookings, launches, payments } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { recordPendingRefund } from "@/lib/payments/refunds";
import { unheldPaymentRefundKey } from "@/lib/payments/rules";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { z } from "zod";
import { loadBookingFacts } from "./facts";
import { notifyBookingConfirmed } from "./notify";
import { travelerBookingPath } from "./paths";
import { freeSeatsOf } from "./release";
import { isLaunchBookable } from "./rules";

// What Stripe's Checkout events do to a booking. Each runs inside the webhook's transaction
// (with the event's id recorded), so an event is applied exactly once.

export type SessionOutcome = "confirmed" | "refunded" | "already_recorded" | "released" | "ignored";

/** The booking a session belongs to, locked (launch first, then booking: the app's lock order). */
async function lockSessionBooking(ctx: Ctx, session: Stripe.Checkout.Session) {
  const bookingId = session.metadata?.bookingId ?? session.client_reference_id;
  if (!bookingId || !z.uuid().safeParse(bookingId).success) return undefined;
  const [found] = await ctx.db
    .select({ launchId: bookings.launchId })
    .from(bookings)
    .where(eq(bookings.id, bookingId))
    .limit(1);
  if (!found) return undefined;
  const [launch] = await ctx.db
    .select({ status: launches.status, date: launches.date })
    .from(launches)
    .where(eq(launches.id, found.launchId))
    .for("update");
  const [booking] = await ctx.db.select().from(bookings).where(eq(bookings.id, bookingId)).for("update");
  return { launch, booking };
}

const paymentIntentOf = (session: Stripe.Checkout.Session): string | undefined =>
  typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;

/**
 * A paid session: records the charge once (a second delivery, or a second event for the same
 * payment, finds it and changes nothing), then confirms the booking if it still holds its
 * seats — with the confirmation mails in the same transaction. A payment for seats no longer
 * held (expired, released, or a booking already paid) is refunded in full at once.
 */
export async function applyCheckoutCompleted(ctx: Ctx, session: Stripe.Checkout.Session): Promise<SessionOutcome> {
  const paymentRef = paymentIntentOf(session);
  if (session.payment_status !== "paid" || !paymentRef) return "ignored";
  const locked = await lockSessionBooking(ctx, session);
  if (!locked) {
    await logEvent(ctx, {
      level: "error",
      event: "payment.unknown_booking",
      message: `Stripe session ${session.id} was paid for no booking of ours: refund it from the Stripe dashboard`,
      details: { sessionId: session.id, paymentIntent: paymentRef, amountCents: session.amount_total },
    });
    return "ignored";
  }
  const { launch, booking } = locked;
  const [recorded] = await ctx.db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.provider, "stripe"), eq(payments.providerRef, paymentRef)))
    .limit(1);
  if (recorded) return "already_recorded";

  const amountCents = session.amount_total ?? 0;
  await ctx.db.insert(payments).values({
    bookingId: booking.id,
    kind: "charge",
    status: "succeeded",
    amountCents,
    provider: "stripe",
    providerRef: paymentRef,
    createdAt: ctx.now,
  });
  // A held booking still owns its seats (status `held` until the expiry sweep frees them),
  // even when the webhook comes after the hold's end: the traveler paid in time.
  const holdsSeats =
    booking.status === "held" &&
    amountCents === booking.amountCents &&
    isLaunchBookable(launch.status, launch.date, ctx.now);
  const [facts] = await loadBookingFacts(ctx, [booking.id]);
  if (holdsSeats) {
    await ctx.db
      .update(bookings)
      .set({
        status: "confirmed",
        confirmedAt: ctx.now,
        expiresAt: null,
        checkoutSessionId: session.id,
        updatedAt: ctx.now,
      })
      .where(eq(bookings.id, booking.id));
    await notifyBookingConfirmed(ctx, facts);
    await logEvent(ctx, {
      event: "booking.confirmed",
      message: `Booking ${booking.reference} confirmed (Stripe)`,
      details: { bookingId: booking.id, amountCents, paymentIntent: paymentRef, sessionId: session.id },
    });
    return "confirmed";
  }
  await recordPendingRefund(ctx, {
    bookingId: booking.id,
    amountCents,
    refundOf: paymentRef,
    idempotencyKey: unheldPaymentRefundKey(paymentRef),
    reason: "unheld_payment",
  });
  const why = booking.status === "confirmed" ? "already_paid" : "hold_ended";
  await enqueueNotification(ctx, {
    template: "payment_refunded",
    to: facts.travelerEmail,
    recipientUserId: facts.travelerId,
    payload: {
      travelerName: facts.travelerName,
      reference: facts.reference,
      launchTitle: facts.launchTitle,
      amountCents,
      why,
      path: travelerBookingPath(booking.id),
    },
    idempotencyKey: `payment_refunded:${paymentRef}`,
  });
  await logEvent(ctx, {
    level: "warn",
    event: "payment.refunded_unheld",
    message: `Payment for ${booking.reference} arrived for seats no longer held (${booking.status}): refunding ${amountCents} cents in full`,
    details: { bookingId: booking.id, status: booking.status, paymentIntent: paymentRef, sessionId: session.id },
  });
  return "refunded";
}

/** An expired session releases its booking's hold (unless the booking moved on, or to another session). */
export async function applyCheckoutExpired(ctx: Ctx, session: Stripe.Checkout.Session): Promise<SessionOutcome> {
  const locked = await lockSessionBooking(ctx, session);
  if (!locked) return "ignored";
  const { booking } = locked;
  if (booking.status !== "held" || booking.checkoutSessionId !== session.id) return "ignored";
  await ctx.db
    .update(bookings)
    .set({ status: "expired", expiresAt: ctx.now, updatedAt: ctx.now })
    .where(eq(bookings.id, booking.id));
  await freeSeatsOf(ctx, [booking.id]);
  // Queued by Next and applied when the webhook's request ends, after this transaction commits.
  invalidateLaunch(booking.launchId);
  await logEvent(ctx, {
    event: "booking.hold_released",
    message: `Booking ${booking.reference}: Stripe Checkout expired unpaid, seats released`,
    details: { bookingId: booking.id, sessionId: session.id },
  });
  return "released";
}
