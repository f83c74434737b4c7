import "server-only";
import { and, eq } from "drizzle-orm";
import { bookings } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import { loadBookingFacts } from "./facts";
import { cancelWithRefund, freeSeatsOf } from "./release";
import { abortRefund } from "./rules";

/**
 * Cancels every confirmed booking of an aborted launch with a 100 % refund through the
 * payment provider, frees the seats and writes `booking_cancelled` (cause launch_aborted)
 * to each traveler. Holds still open on the launch expire. Call it INSIDE the abort's
 * transaction (`ctx` is that transaction), so the refunds commit with the status change.
 * Returns how many confirmed bookings were cancelled.
 */
export async function cancelBookingsForAbortedLaunch(ctx: Ctx, launchId: string): Promise<number> {
  // Lock the launch's bookings so a concurrent payment or cancellation waits for us.
  const rows = await ctx.db
    .select({ id: bookings.id, status: bookings.status })
    .from(bookings)
    .where(and(eq(bookings.launchId, launchId)))
    .for("update");
  const held = rows.filter((r) => r.status === "held").map((r) => r.id);
  if (held.length) {
    await ctx.db
      .update(bookings)
      .set({ status: "expired", updatedAt: ctx.now })
      .where(and(eq(bookings.launchId, launchId), eq(bookings.status, "held")));
    await freeSeatsOf(ctx, held);
  }
  const confirmed = rows.filter((r) => r.status === "confirmed").map((r) => r.id);
  const facts = await loadBookingFacts(ctx, confirmed);
  for (const f of facts) await cancelWithRefund(ctx, f, abortRefund(f.amountCents), "launch_aborted");
  if (facts.length) {
    await logEvent(ctx, {
      event: "booking.cancelled_for_abort",
      message: `Cancelled ${facts.length} booking(s) of aborted launch ${launchId} with a full refund`,
      details: { launchId, bookings: facts.map((f) => f.reference) },
    });
  }
  return facts.length;
}
