import { FINANCE_ROLES } from "@/lib/finance/access";
import { listInvoices } from "@/lib/finance/invoice-queries";
import { listInvoicesQuery } from "@/lib/finance/schemas";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/finance/invoices — filters status, kind, agencyId, year; q (number); sort/order; pagination.
export const GET = apiHandler({ access: FINANCE_ROLES, query: listInvoicesQuery }, ({ ctx, query }) =>
  listInvoices(ctx, query),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
