import { z } from "zod";
import { CAPACITY_MAX } from "@/lib/launches/rules";

// The single source of the booking inputs: API bodies, server actions and forms.

export const passengerSchema = z.object({
  name: z
    .string({ error: "Enter the passenger's name." })
    .trim()
    .min(1, "Enter the passenger's name.")
    .max(120, "Keep the name under 120 characters."),
  email: z
    .string({ error: "Enter the passenger's email." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email address." })),
  dateOfBirth: z.iso.date({ error: "Enter the date of birth as YYYY-MM-DD." }),
});
export type PassengerInput = z.infer<typeof passengerSchema>;

export const cardNumberSchema = z
  .string({ error: "Enter the card number." })
  .trim()
  .min(1, "Enter the card number.")
  .max(40, "This card number is not valid.");
/**
 * The payment body. `acceptRefundTerms` records the traveler's consent to the refund tiers on
 * the booking; it is optional here so integrators that send only `{cardNumber}` keep working
 * (the web payment step requires it).
 */
export const paymentSchema = z.object({
  cardNumber: cardNumberSchema,
  acceptRefundTerms: z.boolean({ error: "acceptRefundTerms is true or false." }).optional(),
});
/** The web payment step: the refund terms must be accepted before paying. */
export const acceptRefundTermsSchema = z
  .boolean({ error: "Accept the refund terms to pay." })
  .refine((accepted) => accepted, "Accept the refund terms to pay.");

const seatNumber = z
  .number({ error: "Seat numbers are whole numbers." })
  .int("Seat numbers are whole numbers.")
  .min(1, "Seats are numbered from 1.")
  .max(CAPACITY_MAX);

/** POST /api/v1/bookings. */
export const createBookingSchema = z
  .object({
    launchId: z.uuid({ error: "Enter a launch id." }),
    seats: z.array(seatNumber).min(1, "Pick at least one seat.").max(CAPACITY_MAX).optional(),
    seatCount: z
      .number({ error: "Ask for a whole number of seats." })
      .int("Ask for a whole number of seats.")
      .min(1, "Ask for at least one seat.")
      .max(CAPACITY_MAX)
      .optional(),
    passengers: z.array(passengerSchema).max(CAPACITY_MAX).optional(),
    payment: paymentSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.seats === undefined) === (v.seatCount === undefined)) {
      ctx.addIssue({ code: "custom", path: ["seats"], message: "Give exactly one of seats or seatCount." });
      return;
    }
    if (v.seats && new Set(v.seats).size !== v.seats.length)
      ctx.addIssue({ code: "custom", path: ["seats"], message: "Each seat may be picked once." });
    const count = v.seats?.length ?? v.seatCount ?? 0;
    if (v.passengers ? v.passengers.length !== count : count > 1) {
      ctx.addIssue({ code: "custom", path: ["passengers"], message: `Give one passenger per seat (${count}).` });
    }
  });
export type CreateBookingInput = z.infer<typeof createBookingSchema>;

/** POST …/cancel: an empty body cancels at today's refund; a quoted percentage guards it. */
export const cancelBookingSchema = z.strictObject({
  expectedRefundPercent: z.number().int().min(0).max(100).optional(),
});
export type CancelBookingInput = z.infer<typeof cancelBookingSchema>;

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

// ---- Answers (documented in the OpenAPI document) ------------------------------------------

export const bookingResponseSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  launchId: z.uuid(),
  status: z.enum(["held", "confirmed", "cancelled", "expired"]),
  seats: z.array(z.number().int()),
  passengers: z.array(passengerSchema.extend({ seat: z.number().int() })),
  amountCents: z.number().int(),
  refundCents: z.number().int().optional(),
  refundPercent: z.number().int().optional(),
  expiresAt: z.string().optional(),
  confirmedAt: z.string().optional(),
  cancelledAt: z.string().optional(),
  refundTermsAcceptedAt: z.string().optional(),
  pendingRefund: z
    .object({
      amountCents: z.number().int(),
      attempts: z.number().int(),
      nextAttemptAt: z.string().optional(),
      lastError: z.string().optional(),
    })
    .optional(),
  createdAt: z.string(),
  launch: z.object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    date: z.string(),
    status: z.string(),
    destination: z.string(),
    spaceport: z.string(),
  }),
});
export const bookingListSchema = z.object({
  items: z.array(bookingResponseSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const refundQuoteSchema = z.object({ refundPercent: z.number().int(), refundCents: z.number().int() });
export const checkoutResponseSchema = z.object({
  provider: z.literal("stripe"),
  url: z.url(),
  sessionId: z.string(),
  expiresAt: z.string(),
});
export const webhookResponseSchema = z.object({
  received: z.literal(true),
  eventId: z.string(),
  duplicate: z.boolean(),
  outcome: z.string(),
});
/** POST /bookings/{id}/checkout: the same optional consent to the refund tiers as a card payment. */
export const checkoutSchema = z.object({
  acceptRefundTerms: z.boolean({ error: "acceptRefundTerms is true or false." }).optional(),
});
