"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { cancelBooking } from "@/lib/bookings/service";

// Cancel a booking and refund what the policy allows now; the page then shows the refund.
export const cancelBookingAction = safeAction(
  { access: ["traveler"], schema: z.object({ bookingId: z.uuid() }), redirectTo: (b: { id: string }) => `/traveler/bookings/${b.id}?cancelled=1` },
  (input, ctx) => cancelBooking(ctx, input.bookingId),
);
