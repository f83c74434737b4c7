import { invoicePdfResponse } from "@/components/finance/invoice-pdf";
import { getAgencyInvoice } from "@/lib/finance/invoice-queries";
import { sessionHandler } from "@/lib/http/session-handler";
import { idParams } from "@/lib/validation";

// GET /agency/invoices/{id}/pdf — an agency's own invoice as a PDF (session cookie); others' are 404.
export const GET = sessionHandler({ roles: ["agency"], params: idParams }, async ({ ctx, params }) =>
  invoicePdfResponse(await getAgencyInvoice(ctx, params.id)),
);
