import { z } from "zod";
import type { ApiOperation } from "@/lib/http/openapi";
import { launchDetailSchema, statusHistoryEntrySchema } from "@/lib/catalogue/schemas";
import {
  bookingListSchema,
  bookingResponseSchema,
  cancelBookingSchema,
  checkoutResponseSchema,
  checkoutSchema,
  webhookResponseSchema,
  createBookingSchema,
  listQuerySchema,
  paymentSchema,
  refundQuoteSchema,
} from "./schemas";

const bookingWithLaunch = bookingResponseSchema.extend({
  launch: bookingResponseSchema.shape.launch.extend({
    statusHistory: statusHistoryEntrySchema.array(),
    agency: launchDetailSchema.shape.agency.extend({ contactEmail: z.string() }),
    rocket: launchDetailSchema.shape.rocket,
  }),
});

export const BOOKING_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/bookings",
    summary: "Own bookings, newest first",
    tag: "Bookings",
    auth: "bearer",
    query: listQuerySchema,
    response: bookingListSchema,
  },
  {
    method: "post",
    path: "/bookings",
    summary: "Hold seats (10 minutes), or hold and pay at once with `payment`",
    tag: "Bookings",
    auth: "bearer",
    body: createBookingSchema,
    response: bookingResponseSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/bookings/{id}",
    summary: "One own booking with the launch's status history",
    tag: "Bookings",
    auth: "bearer",
    response: bookingWithLaunch,
  },
  {
    method: "post",
    path: "/bookings/{id}/payment",
    summary: "Pay a running hold",
    tag: "Bookings",
    auth: "bearer",
    body: paymentSchema,
    response: bookingResponseSchema,
  },
  {
    method: "get",
    path: "/bookings/{id}/refund-quote",
    summary: "The refund a cancellation would give now",
    tag: "Bookings",
    auth: "bearer",
    response: refundQuoteSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/cancel",
    summary: "Cancel and refund per policy (optional body {expectedRefundPercent}: 409 if the refund changed)",
    tag: "Bookings",
    auth: "bearer",
    body: cancelBookingSchema,
    response: bookingResponseSchema,
  },
  {
    method: "get",
    path: "/bookings/{id}/receipt.pdf",
    summary: "application/pdf receipt of a confirmed or cancelled booking (amount paid, refund); 409 for a hold",
    tag: "Bookings",
    auth: "bearer",
  },
  {
    method: "get",
    path: "/bookings/{id}/calendar.ics",
    summary:
      "text/calendar: one VEVENT at the launch's current date (stable UID, SEQUENCE raised by each delay); 409 for a hold",
    tag: "Bookings",
    auth: "bearer",
  },
  {
    method: "post",
    path: "/bookings/{id}/checkout",
    summary:
      "PAYMENT_PROVIDER=stripe: a Stripe Checkout Session for a held booking (the hold is extended to its expiry); the webhook confirms the booking",
    tag: "Bookings",
    auth: "bearer",
    body: checkoutSchema,
    response: checkoutResponseSchema,
  },
  {
    method: "post",
    path: "/payments/stripe/webhook",
    summary:
      "Stripe's signed events (Stripe-Signature verified, 400 otherwise): checkout.session.completed, checkout.session.expired, charge.refunded; each event id handled once",
    tag: "Bookings",
    auth: "public",
    response: webhookResponseSchema,
  },
];
