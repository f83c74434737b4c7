import { invoicePdfResponse } from "@/components/finance/invoice-pdf";
import { getAgencyInvoice } from "@/lib/finance/invoice-queries";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/agency/invoices/{id}/pdf — application/pdf of one own invoice.
export const GET = apiHandler({ access: ["agency"], params: idParams }, async ({ ctx, params }) =>
  invoicePdfResponse(await getAgencyInvoice(ctx, params.id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
