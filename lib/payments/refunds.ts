import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { bookings, payments } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import { REFUND_BATCH_SIZE, REFUND_CLAIM_SECONDS, refundRetryDelaySeconds } from "./rules";
import { stripeClient, stripeErrorText } from "./stripe/client";

type PaymentRow = typeof payments.$inferSelect;

export interface PendingRefundInput {
  bookingId: string;
  amountCents: number;
  /** The provider's id of the charge to refund. */
  refundOf: string;
  idempotencyKey: string;
  reason: "cancellation" | "unheld_payment";
}

/**
 * Writes a Stripe refund that is due but not yet sent, in the caller's transaction. It is
 * sent after the commit (`settlePendingRefunds`), or by the payment-refunds job if the
 * sender dies first; one row per key, so asking twice records one refund.
 */
export async function recordPendingRefund(ctx: Ctx, input: PendingRefundInput): Promise<void> {
  await ctx.db
    .insert(payments)
    .values({
      bookingId: input.bookingId,
      kind: "refund",
      status: "pending",
      amountCents: input.amountCents,
      provider: "stripe",
      providerRef: `pending:${input.idempotencyKey}`,
      reason: input.reason,
      refundOf: input.refundOf,
      idempotencyKey: input.idempotencyKey,
      nextAttemptAt: ctx.now,
      createdAt: ctx.now,
    })
    .onConflictDoNothing();
}

/** The provider accepted the refund: record its id, and show it on a cancelled booking. */
export async function markRefundAccepted(ctx: Ctx, row: PaymentRow, refundId: string): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const [done] = await tx.db
      .update(payments)
      .set({ status: "succeeded", providerRef: refundId, nextAttemptAt: null, lastError: null })
      .where(and(eq(payments.id, row.id), eq(payments.status, "pending")))
      .returning({ id: payments.id });
    if (!done) return false;
    if (row.reason === "cancellation")
      await tx.db
        .update(bookings)
        .set({ refundCents: row.amountCents, updatedAt: tx.now })
        .where(eq(bookings.id, row.bookingId));
    await logEvent(tx, {
      event: "payment.refunded",
      message: `Stripe accepted a refund of ${row.amountCents} cents (${row.reason})`,
      details: { bookingId: row.bookingId, refundId, amountCents: row.amountCents, attempts: row.attempts + 1 },
    });
    return true;
  });
}

async function recordFailure(ctx: Ctx, row: PaymentRow, error: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const lastError = stripeErrorText(error);
  const next = new Date(ctx.now.getTime() + refundRetryDelaySeconds(attempts) * 1000);
  await withTransaction(ctx, async (tx) => {
    await tx.db
      .update(payments)
      .set({ attempts, lastError, nextAttemptAt: next })
      .where(and(eq(payments.id, row.id), eq(payments.status, "pending")));
    await logEvent(tx, {
      level: "error",
      event: "payment.refund_failed",
      message: `Refund of ${row.amountCents} cents failed (attempt ${attempts}); retried at ${next.toISOString()}: ${lastError}`,
      details: { bookingId: row.bookingId, paymentId: row.id, attempts, nextAttemptAt: next.toISOString() },
    });
  });
}

/**
 * Sends due pending refunds to Stripe, each with its own idempotency key, so a call repeated
 * after a crash or a lost answer returns the refund already made instead of making another.
 * Claims rows first (SKIP LOCKED, then a short lease), so two instances never send the same
 * one at once. Never throws for a failed call: the row keeps its error and a later attempt.
 */
export async function settlePendingRefunds(
  ctx: Ctx,
  scope: { bookingIds?: string[]; launchId?: string } = {},
): Promise<{ sent: number; failed: number }> {
  if (scope.bookingIds?.length === 0) return { sent: 0, failed: 0 };
  const lease = new Date(ctx.now.getTime() + REFUND_CLAIM_SECONDS * 1000);
  const claimed = await withTransaction(ctx, async (tx) => {
    const due = await tx.db
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.status, "pending"),
          eq(payments.kind, "refund"),
          lte(payments.nextAttemptAt, tx.now),
          scope.bookingIds ? inArray(payments.bookingId, scope.bookingIds) : undefined,
          scope.launchId
            ? sql`${payments.bookingId} in (select id from bookings where launch_id = ${scope.launchId})`
            : undefined,
        ),
      )
      .orderBy(payments.nextAttemptAt)
      .limit(REFUND_BATCH_SIZE)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx.db
      .update(payments)
      .set({ nextAttemptAt: lease })
      .where(
        inArray(
          payments.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      const refund = await stripeClient().refunds.create(
        {
          payment_intent: row.refundOf!,
          amount: row.amountCents,
          metadata: { bookingId: row.bookingId, refundKey: row.idempotencyKey! },
        },
        { idempotencyKey: row.idempotencyKey! },
      );
      if (refund.status === "failed" || refund.status === "canceled")
        throw new Error(`Stripe answered refund ${refund.id} with status ${refund.status}`);
      await markRefundAccepted(ctx, row, refund.id);
      sent++;
    } catch (error) {
      await recordFailure(ctx, row, error);
      failed++;
    }
  }
  return { sent, failed };
}
