"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { acceptRefundTermsSchema, cardNumberSchema } from "@/lib/bookings/schemas";
import { payBooking, startCheckout } from "@/lib/bookings/service";

// Pay a running hold with a card once the refund terms are accepted; on success open the confirmation page.
export const payBookingAction = safeAction(
  {
    access: ["traveler"],
    schema: z.object({ bookingId: z.uuid(), cardNumber: cardNumberSchema, acceptRefundTerms: acceptRefundTermsSchema }),
    redirectTo: (b: { id: string }) => `/traveler/bookings/${b.id}/confirmation`,
  },
  (input, ctx) => payBooking(ctx, input.bookingId, input.cardNumber, { acceptedRefundTerms: true }),
);

// Stripe mode: open a Checkout Session for the hold and send the traveler to it.
export const startCheckoutAction = safeAction(
  {
    access: ["traveler"],
    schema: z.object({ bookingId: z.uuid(), acceptRefundTerms: acceptRefundTermsSchema }),
    redirectTo: (checkout: { url: string }) => checkout.url,
  },
  (input, ctx) => startCheckout(ctx, input.bookingId, { acceptedRefundTerms: true }),
);
