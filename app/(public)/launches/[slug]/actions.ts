"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { createBookingSchema } from "@/lib/bookings/schemas";
import { holdSeats } from "@/lib/bookings/service";

// Hold the chosen seats for 10 minutes; the page then opens the payment step.
export const holdSeatsAction = safeAction({ access: ["traveler"], schema: createBookingSchema }, async (input, ctx) => {
  const booking = await holdSeats(ctx, {
    launchId: input.launchId,
    seats: input.seats,
    seatCount: input.seatCount,
    passengers: input.passengers,
  });
  return { id: booking.id };
});
