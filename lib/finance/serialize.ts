import type { invoices } from "@/db/schema";
import { balanceCents, feeRateDecimal } from "./rules";

export type InvoiceRow = typeof invoices.$inferSelect;

/** The invoice as the API shows it: feeRate as a decimal, instants as ISO strings. */
export function invoiceDto(row: InvoiceRow) {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    agencyId: row.agencyId,
    launchId: row.launchId,
    ...(row.kind === "success_fee"
      ? { revenueCents: row.revenueCents, feeRate: feeRateDecimal(row.feeRateBp ?? 0) }
      : {}),
    reliability: row.reliability,
    totalCents: row.totalCents,
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
    balanceCents: balanceCents(row),
    status: row.status,
    issuedAt: row.issuedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    abortReason: row.abortReason,
  };
}
export type InvoiceDto = ReturnType<typeof invoiceDto>;
