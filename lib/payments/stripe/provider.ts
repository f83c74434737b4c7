import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { payments } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import type { PaymentProvider } from "../provider";
import { recordPendingRefund } from "../refunds";
import { cancellationRefundKey } from "../rules";

export const CHECKOUT_ONLY_MESSAGE =
  "Card numbers are not accepted here: pay on Stripe Checkout (POST /api/v1/bookings/{id}/checkout, or the Pay button of the booking).";

/** The charge that paid for the booking (a payment refunded because the seats were gone does not count). */
async function confirmingCharge(ctx: Ctx, bookingId: string): Promise<string> {
  const [charge] = await ctx.db
    .select({ providerRef: payments.providerRef })
    .from(payments)
    .where(
      and(
        eq(payments.bookingId, bookingId),
        eq(payments.provider, "stripe"),
        eq(payments.kind, "charge"),
        eq(payments.status, "succeeded"),
        sql`not exists (select 1 from payments r where r.refund_of = ${payments.providerRef} and r.reason = 'unheld_payment')`,
      ),
    )
    .orderBy(asc(payments.createdAt))
    .limit(1);
  if (!charge) throw new Error(`Booking ${bookingId} has no Stripe charge to refund`);
  return charge.providerRef;
}

/**
 * Stripe: the traveler pays on Checkout (never with a card number sent to us) and the
 * webhook records the charge. A refund is written pending here and sent to Stripe after the
 * caller's transaction commits, so no network call decides whether our transaction commits.
 */
export const stripeProvider: PaymentProvider = {
  name: "stripe",

  cardNumberError() {
    return CHECKOUT_ONLY_MESSAGE;
  },

  async charge() {
    throw new DomainError("validation_failed", CHECKOUT_ONLY_MESSAGE, { cardNumber: [CHECKOUT_ONLY_MESSAGE] });
  },

  async refund(ctx, input) {
    await recordPendingRefund(ctx, {
      bookingId: input.bookingId,
      amountCents: input.amountCents,
      refundOf: await confirmingCharge(ctx, input.bookingId),
      idempotencyKey: cancellationRefundKey(input.bookingId),
      reason: "cancellation",
    });
    return { settled: false };
  },
};
