import { generateInvoices } from "@/lib/finance/generate-invoices";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { generateInvoicesSchema } from "@/lib/finance/schemas";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/finance/invoices/generate — one launch, or every successful/aborted launch lacking one.
export const POST = apiHandler({ access: FINANCE_ROLES, body: generateInvoicesSchema }, ({ ctx, body }) =>
  generateInvoices(ctx, body),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
