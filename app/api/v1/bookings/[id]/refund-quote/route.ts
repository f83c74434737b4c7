import { apiHandler } from "@/lib/http/api-handler";
import { quoteRefund } from "@/lib/bookings/service";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const GET = apiHandler({ access: ["traveler"], params: idParams }, ({ ctx, params }) =>
  quoteRefund(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
