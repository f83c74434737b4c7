import { FINANCE_ROLES } from "@/lib/finance/access";
import { setInvoiceStatus } from "@/lib/finance/invoice-settlement";
import { setStatusSchema } from "@/lib/finance/schemas";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// POST /api/v1/finance/invoices/{id}/status — {status, reason?}; kept in the invoice history.
export const POST = apiHandler(
  { access: FINANCE_ROLES, params: idParams, body: setStatusSchema },
  ({ ctx, body, params }) => setInvoiceStatus(ctx, params.id, body),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
