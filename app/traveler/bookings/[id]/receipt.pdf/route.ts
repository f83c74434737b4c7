import { receiptPdfResponse } from "@/components/booking/receipt-pdf";
import { getBookingReceipt } from "@/lib/bookings/receipt";
import { sessionHandler } from "@/lib/http/session-handler";
import { idParams } from "@/lib/validation";

// GET /traveler/bookings/{id}/receipt.pdf — the receipt of an own booking (session cookie); others' are 404.
export const GET = sessionHandler({ roles: ["traveler"], params: idParams }, async ({ ctx, params }) =>
  receiptPdfResponse(await getBookingReceipt(ctx, params.id)),
);
