import { apiHandler } from "@/lib/http/api-handler";
import { getMyBooking } from "@/lib/bookings/service";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const GET = apiHandler({ access: ["traveler"], params: idParams }, ({ ctx, params }) =>
  getMyBooking(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
