import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { bookings, payments } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import { markRefundAccepted } from "../refunds";
import { callStripe } from "./client";

/**
 * `charge.refunded`: records every refund of the charge we do not have yet. Our own refunds
 * carry their key in the metadata (a pending one whose answer we lost becomes accepted
 * here); any other refund was made from Stripe's dashboard and is recorded as such, so the
 * launch's revenue (charges − refunds) matches what Stripe holds.
 */
export async function applyChargeRefunded(ctx: Ctx, charge: Stripe.Charge): Promise<number> {
  const paymentRef = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentRef) return 0;
  const [paid] = await ctx.db
    .select({ bookingId: payments.bookingId })
    .from(payments)
    .where(and(eq(payments.provider, "stripe"), eq(payments.kind, "charge"), eq(payments.providerRef, paymentRef)))
    .limit(1);
  if (!paid) return 0;
  // The refunds are not part of the event's charge: ask Stripe for them.
  const list = await callStripe((stripe) => stripe.refunds.list({ payment_intent: paymentRef, limit: 100 }));
  let recorded = 0;
  for (const refund of list.data) {
    if (refund.status !== "succeeded" && refund.status !== "pending") continue;
    const [known] = await ctx.db
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.provider, "stripe"),
          sql`(${payments.providerRef} = ${refund.id} or ${payments.idempotencyKey} = ${refund.metadata?.refundKey ?? ""})`,
        ),
      )
      .limit(1)
      .for("update");
    if (known) {
      if (known.status === "pending") await markRefundAccepted(ctx, known, refund.id);
      continue;
    }
    await ctx.db.insert(payments).values({
      bookingId: paid.bookingId,
      kind: "refund",
      status: "succeeded",
      amountCents: refund.amount,
      provider: "stripe",
      providerRef: refund.id,
      reason: "dashboard",
      refundOf: paymentRef,
      createdAt: ctx.now,
    });
    await ctx.db
      .update(bookings)
      .set({ refundCents: sql`coalesce(${bookings.refundCents}, 0) + ${refund.amount}`, updatedAt: ctx.now })
      .where(eq(bookings.id, paid.bookingId));
    await logEvent(ctx, {
      level: "warn",
      event: "payment.refunded_outside",
      message: `A refund of ${refund.amount} cents was made in Stripe's dashboard; recorded on the booking`,
      details: { bookingId: paid.bookingId, refundId: refund.id, paymentIntent: paymentRef },
    });
    recorded++;
  }
  return recorded;
}
