import { apiHandler } from "@/lib/http/api-handler";
import { getMyBooking } from "@/lib/bookings/service";

export const GET = apiHandler<undefined, undefined, { id: string }>({ access: ["traveler"] }, ({ ctx, params }) => getMyBooking(ctx, params.id));
