import { apiHandler } from "@/lib/http/api-handler";
import { cancelBookingSchema } from "@/lib/bookings/schemas";
import { cancelBooking } from "@/lib/bookings/service";
import { idempotent } from "@/lib/http/idempotency";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const POST = apiHandler(
  { access: ["traveler"], params: idParams, body: cancelBookingSchema },
  ({ ctx, params, body, request }) => idempotent({ ctx, request, body }, (ctx) => cancelBooking(ctx, params.id, body)),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
