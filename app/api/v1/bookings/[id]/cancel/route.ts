import { apiHandler } from "@/lib/http/api-handler";
import { cancelBookingSchema } from "@/lib/bookings/schemas";
import { cancelBooking } from "@/lib/bookings/service";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiHandler<typeof cancelBookingSchema, undefined, { id: string }>(
  { access: ["traveler"], body: cancelBookingSchema },
  ({ ctx, params, body }) => cancelBooking(ctx, params.id, body),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
