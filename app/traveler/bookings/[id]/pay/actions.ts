"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { cardNumberSchema } from "@/lib/bookings/schemas";
import { payBooking } from "@/lib/bookings/service";

// Pay a running hold with a card; on success open the confirmation page.
export const payBookingAction = safeAction(
  {
    access: ["traveler"],
    schema: z.object({ bookingId: z.uuid(), cardNumber: cardNumberSchema }),
    redirectTo: (b: { id: string }) => `/traveler/bookings/${b.id}/confirmation`,
  },
  (input, ctx) => payBooking(ctx, input.bookingId, input.cardNumber),
);
