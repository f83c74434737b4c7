import { FINANCE_ROLES } from "@/lib/finance/access";
import { issueCreditNote } from "@/lib/finance/invoice-settlement";
import { creditNoteSchema } from "@/lib/finance/schemas";
import { apiHandler, created } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// POST /api/v1/finance/invoices/{id}/credit-notes — {amountCents, reason} → 201 credit note (CN-YYYY-NNNNN).
export const POST = apiHandler(
  { access: FINANCE_ROLES, params: idParams, body: creditNoteSchema },
  async ({ ctx, body, params }) => created(await issueCreditNote(ctx, params.id, body)),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
