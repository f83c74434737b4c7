// Services that settle an issued invoice, each checked, locked and logged: a payment received,
// a credit note, a status set by hand. The invoice's amounts never change; its status follows.
import "server-only";
import { eq } from "drizzle-orm";
import { creditNotes, invoicePayments, invoices } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { formatUsd } from "@/lib/money";
import { FINANCE_ROLES } from "./access";
import { creditNoteDto } from "./invoice-queries";
import { changeStatus, lockInvoice } from "./lock-invoice";
import { nextDocumentSequence } from "./numbering";
import { creditNoteNumber, deriveStatus, documentYear, isPaymentDateAcceptable } from "./rules";
import type { CreditNoteInput, RecordPaymentInput, SetStatusInput } from "./schemas";
import { invoiceDto } from "./serialize";
import { requireRole } from "@/lib/auth/require-role";

// Record a payment received for an invoice; the status follows (issued → partially_paid → paid).
export async function recordPayment(ctx: Ctx, invoiceId: string, input: RecordPaymentInput) {
  requireRole(ctx, FINANCE_ROLES);
  if (!isPaymentDateAcceptable(input.paidAt, ctx.now)) {
    throw new DomainError("validation_failed", "A payment cannot be dated in the future.", {
      paidAt: ["A payment cannot be dated in the future."],
    });
  }
  const result = await withTransaction(ctx, async (tx) => {
    const invoice = await lockInvoice(tx, invoiceId);
    const [payment] = await tx.db
      .insert(invoicePayments)
      .values({
        invoiceId,
        amountCents: input.amountCents,
        paidAt: input.paidAt,
        reference: input.reference,
        recordedBy: tx.actor?.id ?? null,
      })
      .returning();
    const paidCents = invoice.paidCents + input.amountCents;
    const [updated] = await tx.db
      .update(invoices)
      .set({ paidCents, updatedAt: tx.now })
      .where(eq(invoices.id, invoiceId))
      .returning();
    const next = deriveStatus(updated, tx.now);
    await changeStatus(tx, updated, next, `Payment ${input.reference} of ${formatUsd(input.amountCents)} recorded`);
    return { payment, invoice: { ...updated, status: next } };
  });
  await logEvent(ctx, {
    event: "finance.payment_recorded",
    details: { invoiceId, amountCents: input.amountCents, reference: input.reference },
  });
  return {
    id: result.payment.id,
    invoiceId,
    amountCents: result.payment.amountCents,
    paidAt: result.payment.paidAt.toISOString(),
    reference: result.payment.reference,
    invoice: invoiceDto(result.invoice),
  };
}

// Set a status by hand; the reason is kept in the invoice history.
export async function setInvoiceStatus(ctx: Ctx, invoiceId: string, input: SetStatusInput) {
  requireRole(ctx, FINANCE_ROLES);
  const updated = await withTransaction(ctx, async (tx) => {
    const invoice = await lockInvoice(tx, invoiceId);
    await changeStatus(tx, invoice, input.status, `Set by hand: ${input.reason || "no reason given"}`);
    return { ...invoice, status: input.status };
  });
  await logEvent(ctx, {
    event: "finance.status_set",
    details: { invoiceId, status: input.status, reason: input.reason },
  });
  return invoiceDto(updated);
}

// Issue a credit note negating all or part of an invoice (own gapless CN series); the invoice never changes.
export async function issueCreditNote(ctx: Ctx, invoiceId: string, input: CreditNoteInput) {
  requireRole(ctx, FINANCE_ROLES);
  const note = await withTransaction(ctx, async (tx) => {
    const invoice = await lockInvoice(tx, invoiceId);
    const creditable = invoice.totalCents - invoice.creditedCents;
    if (input.amountCents > creditable) {
      const msg = `At most ${formatUsd(creditable)} can still be credited on this invoice.`;
      throw new DomainError("validation_failed", msg, { amountCents: [msg] });
    }
    const year = documentYear(tx.now);
    const sequence = await nextDocumentSequence(tx, "CN", year);
    const [row] = await tx.db
      .insert(creditNotes)
      .values({
        number: creditNoteNumber(year, sequence),
        year,
        sequence,
        invoiceId,
        agencyId: invoice.agencyId,
        amountCents: input.amountCents,
        reason: input.reason,
        issuedAt: tx.now,
        createdBy: tx.actor?.id ?? null,
      })
      .returning();
    const [updated] = await tx.db
      .update(invoices)
      .set({ creditedCents: invoice.creditedCents + input.amountCents, updatedAt: tx.now })
      .where(eq(invoices.id, invoiceId))
      .returning();
    await changeStatus(tx, updated, deriveStatus(updated, tx.now), `Credit note ${row.number} issued`);
    return row;
  });
  await logEvent(ctx, {
    event: "finance.credit_note_issued",
    details: { invoiceId, number: note.number, amountCents: note.amountCents },
  });
  return creditNoteDto(note);
}
