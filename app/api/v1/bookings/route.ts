import { apiHandler, created } from "@/lib/http/api-handler";
import { createBookingSchema, listQuerySchema } from "@/lib/bookings/schemas";
import { bookAndPay, holdSeats, listMyBookings } from "@/lib/bookings/service";
import { idempotent } from "@/lib/http/idempotency";
import { otherMethods } from "@/lib/http/method-not-allowed";

// Bookings are for travelers only: other roles get 403.
export const GET = apiHandler({ access: ["traveler"], query: listQuerySchema }, ({ ctx, query }) =>
  listMyBookings(ctx, query),
);

export const POST = apiHandler({ access: ["traveler"], body: createBookingSchema }, ({ ctx, body, request }) =>
  idempotent({ ctx, request, body }, async (ctx) => {
    const { payment, ...hold } = body;
    return created(
      payment
        ? await bookAndPay(ctx, {
            ...hold,
            cardNumber: payment.cardNumber,
            acceptedRefundTerms: payment.acceptRefundTerms === true,
          })
        : await holdSeats(ctx, hold),
    );
  }),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
