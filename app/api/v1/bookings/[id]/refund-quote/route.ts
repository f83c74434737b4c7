import { apiHandler } from "@/lib/http/api-handler";
import { quoteRefund } from "@/lib/bookings/service";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler<undefined, undefined, { id: string }>({ access: ["traveler"] }, ({ ctx, params }) =>
  quoteRefund(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
