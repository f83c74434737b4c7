import { apiHandler } from "@/lib/http/api-handler";
import { paymentSchema } from "@/lib/bookings/schemas";
import { payBooking } from "@/lib/bookings/service";
import { idempotent } from "@/lib/http/idempotency";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const POST = apiHandler(
  { access: ["traveler"], params: idParams, body: paymentSchema },
  ({ ctx, params, body, request }) =>
    idempotent({ ctx, request, body }, (ctx) =>
      payBooking(ctx, params.id, body.cardNumber, { acceptedRefundTerms: body.acceptRefundTerms === true }),
    ),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
