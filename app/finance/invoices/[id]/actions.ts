"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { creditNoteFormSchema, paymentFormSchema, toCents, toInstant } from "@/lib/finance/form-schemas";
import { issueCreditNote, recordPayment, setInvoiceStatus } from "@/lib/finance/invoice-settlement";
import { setStatusFormSchema } from "@/lib/finance/schemas";

const withId = { invoiceId: z.uuid() };

// Record a payment received (amount in dollars, a date, a reference); the status follows.
export const recordPaymentAction = safeAction(
  { access: FINANCE_ROLES, schema: paymentFormSchema.extend(withId) },
  async (input, ctx) => {
    const r = await recordPayment(ctx, input.invoiceId, {
      amountCents: toCents(input.amount),
      paidAt: toInstant(input.paidAt),
      reference: input.reference,
    });
    revalidatePath(`/finance/invoices/${input.invoiceId}`);
    return { status: r.invoice.status };
  },
);

// Set the status by hand with a reason kept in the history.
export const setStatusAction = safeAction(
  { access: FINANCE_ROLES, schema: setStatusFormSchema.extend(withId) },
  async (input, ctx) => {
    const r = await setInvoiceStatus(ctx, input.invoiceId, { status: input.status, reason: input.reason });
    revalidatePath(`/finance/invoices/${input.invoiceId}`);
    return { status: r.status };
  },
);

// Issue a credit note negating all or part of the invoice.
export const creditNoteAction = safeAction(
  { access: FINANCE_ROLES, schema: creditNoteFormSchema.extend(withId) },
  async (input, ctx) => {
    const note = await issueCreditNote(ctx, input.invoiceId, {
      amountCents: toCents(input.amount),
      reason: input.reason,
    });
    revalidatePath(`/finance/invoices/${input.invoiceId}`);
    return { number: note.number };
  },
);
