import { calendarResponse, getBookingCalendar } from "@/lib/bookings/calendar";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/bookings/{id}/calendar.ics — text/calendar event of an own booking at the launch's current date.
export const GET = apiHandler({ access: ["traveler"], params: idParams }, async ({ ctx, params }) =>
  calendarResponse(await getBookingCalendar(ctx, params.id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
