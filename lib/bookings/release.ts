import "server-only";
import { and, eq, inArray, lte } from "drizzle-orm";
import { bookings, bookingSeats } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { providerThatCharged } from "@/lib/payments";
import type { BookingFacts } from "./facts";
import { notifyBookingCancelled } from "./notify";
import type { RefundQuote } from "./rules";

// The writes that end a booking, shared by cancellation, abort, decline and hold expiry.
// Each runs inside the caller's transaction.

/** Frees every seat of these bookings (live=false), so the unique index lets others take them. */
export async function freeSeatsOf(ctx: Ctx, bookingIds: string[]): Promise<void> {
  if (bookingIds.length === 0) return;
  await ctx.db
    .update(bookingSeats)
    .set({ live: false })
    .where(and(inArray(bookingSeats.bookingId, bookingIds), eq(bookingSeats.live, true)));
}

/** Marks held bookings whose hold has run out as expired and frees their seats; optionally for one launch. */
export async function expireStaleHolds(ctx: Ctx, launchId?: string): Promise<string[]> {
  const stale = await ctx.db
    .update(bookings)
    .set({ status: "expired", updatedAt: ctx.now })
    .where(
      and(
        eq(bookings.status, "held"),
        lte(bookings.expiresAt, ctx.now),
        launchId ? eq(bookings.launchId, launchId) : undefined,
      ),
    )
    .returning({ id: bookings.id });
  const ids = stale.map((r) => r.id);
  await freeSeatsOf(ctx, ids);
  return ids;
}

/**
 * Releases a live hold at its traveler's request: seats free at once, nothing was charged
 * so nothing is refunded, status `cancelled`. No email: the traveler did it a moment ago.
 */
export async function releaseHold(ctx: Ctx, bookingId: string): Promise<void> {
  await ctx.db
    .update(bookings)
    .set({
      status: "cancelled",
      refundCents: 0,
      refundPercent: 0,
      cancelledAt: ctx.now,
      expiresAt: null,
      updatedAt: ctx.now,
    })
    .where(and(eq(bookings.id, bookingId), eq(bookings.status, "held")));
  await freeSeatsOf(ctx, [bookingId]);
}

/**
 * Refunds through the provider that took the money, cancels the booking, frees its seats and
 * writes the emails. The booking shows `refundCents` once the provider has accepted the
 * refund: at once for the sandbox, when Stripe answers for Stripe (`settlePendingRefunds`
 * after the commit).
 */
export async function cancelWithRefund(
  ctx: Ctx,
  facts: BookingFacts,
  quote: RefundQuote,
  cause: "traveler" | "launch_aborted",
): Promise<void> {
  let settled = true;
  if (quote.refundCents > 0) {
    const provider = await providerThatCharged(ctx, facts.id);
    ({ settled } = await provider.refund(ctx, { bookingId: facts.id, amountCents: quote.refundCents }));
  }
  await ctx.db
    .update(bookings)
    .set({
      status: "cancelled",
      refundCents: settled ? quote.refundCents : null,
      refundPercent: quote.refundPercent,
      cancelledAt: ctx.now,
      expiresAt: null,
      updatedAt: ctx.now,
    })
    .where(eq(bookings.id, facts.id));
  await freeSeatsOf(ctx, [facts.id]);
  await notifyBookingCancelled(ctx, facts, { ...quote, cause });
}
