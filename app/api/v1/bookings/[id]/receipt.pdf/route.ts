import { receiptPdfResponse } from "@/components/booking/receipt-pdf";
import { getBookingReceipt } from "@/lib/bookings/receipt";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/bookings/{id}/receipt.pdf — application/pdf receipt of an own confirmed or cancelled booking.
export const GET = apiHandler({ access: ["traveler"], params: idParams }, async ({ ctx, params }) =>
  receiptPdfResponse(await getBookingReceipt(ctx, params.id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
