"use server";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { acceptRefundTermsSchema, cardNumberSchema } from "@/lib/bookings/schemas";
import { cancelBooking, payBooking, startCheckout } from "@/lib/bookings/service";
import { launchPath } from "@/lib/launches/rules";

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

// "Change seats": release the hold (seats back on sale at once, nothing charged) and return to the
// launch page with the same seats picked, so the traveler adjusts his choice instead of starting over.
export const changeSeatsAction = safeAction(
  {
    access: ["traveler"],
    schema: z.object({ bookingId: z.uuid() }),
    redirectTo: (b: { launch: { slug: string }; seats: number[] }) =>
      `${launchPath(b.launch.slug)}?seats=${b.seats.join(",")}`,
  },
  (input, ctx) => cancelBooking(ctx, input.bookingId),
);
