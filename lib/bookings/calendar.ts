import "server-only";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { serializeCalendar } from "@/lib/calendar/ics";
import { DESTINATION_LABELS } from "@/lib/launches/rules";
import { getMyBooking } from "./queries";
import { travelerBookingPath } from "./paths";

/** One UID per booking for ever: a calendar that imports the file again updates the same event. */
export const bookingEventUid = (bookingId: string) => `booking-${bookingId}@astrobookings`;

/**
 * The .ics of one own booking (another traveler's is 404): one event at the launch's current
 * date. Each delay raises SEQUENCE, so the re-downloaded file moves the event; a cancelled
 * booking's file marks it cancelled. A hold is not a trip yet: 409.
 */
export async function getBookingCalendar(ctx: Ctx, bookingId: string): Promise<{ reference: string; ics: string }> {
  const booking = await getMyBooking(ctx, bookingId);
  if (booking.status !== "confirmed" && booking.status !== "cancelled") {
    throw new DomainError(
      "conflict",
      `Booking ${booking.reference} is not confirmed, so there is nothing to put in a calendar yet.`,
    );
  }
  const delays = booking.launch.statusHistory.filter((h) => h.toStatus === "delayed").length;
  const cancelled = booking.status === "cancelled";
  const seats = booking.seats.join(", ");
  const ics = serializeCalendar({
    uid: bookingEventUid(booking.id),
    sequence: delays + (cancelled ? 1 : 0),
    start: new Date(booking.launch.date),
    stamp: ctx.now,
    summary: `${DESTINATION_LABELS[booking.launch.destination]} launch on ${booking.launch.rocket.name}`,
    description: [
      `Booking ${booking.reference}${cancelled ? " (cancelled)" : ""}`,
      `${booking.launch.title}`,
      `Seat${booking.seats.length > 1 ? "s" : ""} ${seats}`,
      `Operated by ${booking.launch.agency.name} (${booking.launch.agency.contactEmail})`,
    ].join("\n"),
    location: booking.launch.spaceport,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    url: new URL(travelerBookingPath(booking.id), getEnv().APP_URL).toString(),
  });
  return { reference: booking.reference, ics };
}

/** The text/calendar response of a booking, for the route handlers. */
export function calendarResponse({ reference, ics }: { reference: string; ics: string }): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reference}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
