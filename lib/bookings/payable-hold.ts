import "server-only";
import { and, eq } from "drizzle-orm";
import { bookings, launches } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { freeSeatsOf } from "./release";
import { isLaunchBookable, isLiveAt } from "./rules";

type BookingRow = typeof bookings.$inferSelect;

/**
 * Inside the caller's transaction: locks the launch, then the booking (the order holds,
 * payments and the agency's abort all take: no deadlock), and checks the hold can be paid
 * now. A hold that ran out is marked expired with its seats freed and answers "expired"
 * (the caller commits that, then refuses); a paid or cancelled booking or a launch no longer
 * bookable is refused at once.
 */
export async function lockPayableHold(
  tx: Ctx,
  own: Pick<BookingRow, "id" | "launchId" | "travelerId">,
): Promise<BookingRow | "expired"> {
  const [launch] = await tx.db
    .select({ status: launches.status, date: launches.date })
    .from(launches)
    .where(eq(launches.id, own.launchId))
    .for("update");
  const [booking] = await tx.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, own.id), eq(bookings.travelerId, own.travelerId)))
    .for("update");
  if (booking.status === "confirmed") throw new DomainError("conflict", "This booking is already paid.");
  if (booking.status === "cancelled")
    throw new DomainError("conflict", "This booking was cancelled and cannot be paid. Book the seats again.");
  if (!isLiveAt(booking.status, booking.expiresAt, tx.now)) {
    if (booking.status === "held") {
      await tx.db.update(bookings).set({ status: "expired", updatedAt: tx.now }).where(eq(bookings.id, booking.id));
      await freeSeatsOf(tx, [booking.id]);
    }
    return "expired";
  }
  if (!isLaunchBookable(launch.status, launch.date, tx.now))
    throw new DomainError("launch_not_bookable", "This launch is no longer open for booking.");
  return booking;
}
