"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { cancelBookingSchema } from "@/lib/bookings/schemas";
import { cancelBooking } from "@/lib/bookings/service";

// Cancel a booking at the refund the traveler was shown; the page then shows the refund.
export const cancelBookingAction = safeAction(
  {
    access: ["traveler"],
    schema: cancelBookingSchema.extend({ bookingId: z.uuid() }),
    redirectTo: (b: { id: string }) => `/traveler/bookings/${b.id}?cancelled=1`,
  },
  ({ bookingId, ...input }, ctx) => cancelBooking(ctx, bookingId, input),
);

// Release a held booking (cancel on a hold): its seats go back on sale, nothing to refund.
export const releaseHoldAction = safeAction(
  {
    access: ["traveler"],
    schema: cancelBookingSchema.extend({ bookingId: z.uuid() }),
    redirectTo: (b: { id: string }) => `/traveler/bookings/${b.id}?released=1`,
  },
  ({ bookingId, ...input }, ctx) => cancelBooking(ctx, bookingId, input),
);
