import { FINANCE_ROLES } from "@/lib/finance/access";
import { recordPayment } from "@/lib/finance/invoice-settlement";
import { recordPaymentSchema } from "@/lib/finance/schemas";
import { apiHandler, created } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// POST /api/v1/finance/invoices/{id}/payments — {amountCents, paidAt, reference} → 201; the status follows.
export const POST = apiHandler(
  { access: FINANCE_ROLES, params: idParams, body: recordPaymentSchema },
  async ({ ctx, body, params }) => created(await recordPayment(ctx, params.id, body)),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
