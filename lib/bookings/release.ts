import "server-only";
import { and, eq, inArray, lte } from "drizzle-orm";
import { bookings, bookingSeats } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getPaymentProvider } from "@/lib/payments";
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

/** Refunds through the provider, cancels the booking, frees its seats and writes the emails. */
export async function cancelWithRefund(
  ctx: Ctx,
  facts: BookingFacts,
  quote: RefundQuote,
  cause: "traveler" | "launch_aborted",
): Promise<void> {
  if (quote.refundCents > 0)
    await getPaymentProvider().refund(ctx, { bookingId: facts.id, amountCents: quote.refundCents });
  await ctx.db
    .update(bookings)
    .set({
      status: "cancelled",
      refundCents: quote.refundCents,
      refundPercent: quote.refundPercent,
      cancelledAt: ctx.now,
      expiresAt: null,
      updatedAt: ctx.now,
    })
    .where(eq(bookings.id, facts.id));
  await freeSeatsOf(ctx, [facts.id]);
  await notifyBookingCancelled(ctx, facts, { ...quote, cause });
}
