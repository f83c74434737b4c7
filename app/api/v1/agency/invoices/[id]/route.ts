import { getAgencyInvoice } from "@/lib/finance/invoice-queries";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/agency/invoices/{id} — one own invoice; another agency's invoice is 404.
export const GET = apiHandler({ access: ["agency"], params: idParams }, ({ ctx, params }) =>
  getAgencyInvoice(ctx, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
