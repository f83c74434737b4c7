import "server-only";
import { eq } from "drizzle-orm";
import { invoiceStatusHistory, invoices, type InvoiceStatus } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import type { InvoiceRow } from "./serialize";
import { assertUuid } from "@/lib/validation";

/** Loads an invoice locked for update (call inside withTransaction): payments and credits never race. */
export async function lockInvoice(tx: Ctx, id: string): Promise<InvoiceRow> {
  assertUuid(id, "No such invoice.");
  const [row] = await tx.db.select().from(invoices).where(eq(invoices.id, id)).for("update");
  if (!row) throw new DomainError("not_found", "No such invoice.");
  return row;
}

/** Moves the invoice to `to` (if it differs) and records who, when, from, to and why. */
export async function changeStatus(tx: Ctx, invoice: InvoiceRow, to: InvoiceStatus, reason: string): Promise<void> {
  if (invoice.status === to) return;
  await tx.db.update(invoices).set({ status: to, updatedAt: tx.now }).where(eq(invoices.id, invoice.id));
  await tx.db.insert(invoiceStatusHistory).values({
    invoiceId: invoice.id,
    fromStatus: invoice.status,
    toStatus: to,
    changedBy: tx.actor?.id ?? null,
    changedAt: tx.now,
    reason,
  });
}
