import { listAgencyInvoices } from "@/lib/finance/invoice-queries";
import { agencyInvoicesQuery } from "@/lib/finance/schemas";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/agency/invoices — the agency's own invoices and credit notes, read-only.
export const GET = apiHandler({ access: ["agency"], query: agencyInvoicesQuery }, ({ ctx, query }) =>
  listAgencyInvoices(ctx, query),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
