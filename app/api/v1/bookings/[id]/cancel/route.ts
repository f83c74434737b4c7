import { apiHandler } from "@/lib/http/api-handler";
import { cancelBooking } from "@/lib/bookings/service";

export const POST = apiHandler<undefined, undefined, { id: string }>({ access: ["traveler"] }, ({ ctx, params }) => cancelBooking(ctx, params.id));
