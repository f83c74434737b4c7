import { calendarResponse, getBookingCalendar } from "@/lib/bookings/calendar";
import { sessionHandler } from "@/lib/http/session-handler";
import { idParams } from "@/lib/validation";

// GET /traveler/bookings/{id}/calendar.ics — the calendar file of an own booking (session cookie); others' are 404.
export const GET = sessionHandler({ roles: ["traveler"], params: idParams }, async ({ ctx, params }) =>
  calendarResponse(await getBookingCalendar(ctx, params.id)),
);
