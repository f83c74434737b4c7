import { FINANCE_ROLES } from "@/lib/finance/access";
import { getInvoice } from "@/lib/finance/invoice-queries";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/finance/invoices/{id} — the invoice with snapshot, payments, credit notes, reminders and history.
export const GET = apiHandler({ access: FINANCE_ROLES, params: idParams }, ({ ctx, params }) =>
  getInvoice(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
