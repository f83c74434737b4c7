import { apiHandler } from "@/lib/http/api-handler";
import { quoteRefund } from "@/lib/bookings/service";

export const GET = apiHandler<undefined, undefined, { id: string }>({ access: ["traveler"] }, ({ ctx, params }) => quoteRefund(ctx, params.id));
