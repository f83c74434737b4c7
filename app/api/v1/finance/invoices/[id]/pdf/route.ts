import { invoicePdfResponse } from "@/components/finance/invoice-pdf";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { getInvoice } from "@/lib/finance/invoice-queries";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/finance/invoices/{id}/pdf — application/pdf.
export const GET = apiHandler({ access: FINANCE_ROLES, params: idParams }, async ({ ctx, params }) =>
  invoicePdfResponse(await getInvoice(ctx, params.id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
