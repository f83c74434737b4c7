import "server-only";
import type Stripe from "stripe";
import { stripeEvents } from "@/db/schema";
import { applyCheckoutCompleted, applyCheckoutExpired } from "@/lib/bookings/checkout-events";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { settlePendingRefunds } from "../refunds";
import { WEBHOOK_TOLERANCE_SECONDS } from "../rules";
import { applyChargeRefunded } from "./charge-refunded";
import { stripeClient, webhookSecret } from "./client";

export interface WebhookAnswer {
  received: true;
  eventId: string;
  /** The event was handled before (a redelivery): nothing changed. */
  duplicate: boolean;
  outcome: string;
}

/** Verifies the signature (and age) on the raw body exactly as Stripe sent it. */
function verifiedEvent(ctx: Ctx, rawBody: string, signature: string | null): Stripe.Event {
  if (!signature) throw new DomainError("bad_request", "The Stripe-Signature header is missing.");
  try {
    return stripeClient().webhooks.constructEvent(
      rawBody,
      signature,
      webhookSecret(),
      WEBHOOK_TOLERANCE_SECONDS,
      undefined,
      ctx.now.getTime(),
    );
  } catch (error) {
    throw new DomainError(
      "bad_request",
      `The Stripe signature does not verify: ${error instanceof Error ? error.message : "unknown error"}`,
    );
  }
}

async function apply(tx: Ctx, event: Stripe.Event): Promise<string> {
  switch (event.type) {
    case "checkout.session.completed":
      return applyCheckoutCompleted(tx, event.data.object);
    case "checkout.session.expired":
      return applyCheckoutExpired(tx, event.data.object);
    case "charge.refunded":
      return `recorded ${await applyChargeRefunded(tx, event.data.object)} refund(s)`;
    default:
      return "ignored";
  }
}

/**
 * POST /api/v1/payments/stripe/webhook. The event's id is stored in the transaction that
 * applies it: a redelivery (or a concurrent twin) finds the id and changes nothing, and an
 * event whose handling fails leaves no id, so Stripe's retry applies it. Refunds it makes
 * are sent to Stripe after the commit.
 */
export async function handleStripeWebhook(ctx: Ctx, rawBody: string, signature: string | null): Promise<WebhookAnswer> {
  const event = verifiedEvent(ctx, rawBody, signature);
  const result = await withTransaction(ctx, async (tx) => {
    const inserted = await tx.db
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, createdAt: tx.now })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (inserted.length === 0) return { duplicate: true, outcome: "duplicate" };
    const outcome = await apply(tx, event);
    await logEvent(tx, {
      level: outcome === "ignored" ? "debug" : "info",
      event: "payment.webhook",
      message: `Stripe ${event.type} ${event.id}: ${outcome}`,
      details: { eventId: event.id, type: event.type, outcome },
    });
    return { duplicate: false, outcome };
  });
  if (result.outcome === "refunded") {
    const bookingId = (event.data.object as { metadata?: Record<string, string> | null }).metadata?.bookingId;
    if (bookingId) await settlePendingRefunds(ctx, { bookingIds: [bookingId] });
  }
  return { received: true, eventId: event.id, ...result };
}
