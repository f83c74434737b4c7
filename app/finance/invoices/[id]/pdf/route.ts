import { invoicePdfResponse } from "@/components/finance/invoice-pdf";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { getInvoice } from "@/lib/finance/invoice-queries";
import { sessionHandler } from "@/lib/http/session-handler";
import { idParams } from "@/lib/validation";

// GET /finance/invoices/{id}/pdf — the browser's PDF link (session cookie).
export const GET = sessionHandler({ roles: FINANCE_ROLES, params: idParams }, async ({ ctx, params }) =>
  invoicePdfResponse(await getInvoice(ctx, params.id)),
);
