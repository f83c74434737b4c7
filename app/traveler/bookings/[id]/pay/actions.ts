"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { acceptRefundTermsSchema, cardNumberSchema } from "@/lib/bookings/schemas";
import { payBooking } from "@/lib/bookings/service";

// Pay a running hold with a card once the refund terms are accepted; on success open the confirmation page.
export const payBookingAction = safeAction(
  {
    access: ["traveler"],
    schema: z.object({ bookingId: z.uuid(), cardNumber: cardNumberSchema, acceptRefundTerms: acceptRefundTermsSchema }),
    redirectTo: (b: { id: string }) => `/traveler/bookings/${b.id}/confirmation`,
  },
  (input, ctx) => payBooking(ctx, input.bookingId, input.cardNumber, { acceptedRefundTerms: true }),
);
