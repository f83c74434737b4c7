// Finance rules: every rate, amount and day count lives here. Pure.
import { applyBasisPoints } from "@/lib/money";

export const RELIABLE_AFTER_SUCCESSFUL_LAUNCHES = 2;
/** Fee rates in basis points: 1 % for a new agency, 0.8 % for a reliable one. */
export const FEE_RATE_BP = { new: 100, reliable: 80 } as const;
export const ABORT_FEE_CENTS = 100_000;
export const PAYMENT_TERM_DAYS = 30;
export const REMINDER_INTERVAL_DAYS = 7;
export const DAY_MS = 86_400_000;
export const INVOICE_SERIES = "INV";
export const CREDIT_NOTE_SERIES = "CN";

export type Reliability = keyof typeof FEE_RATE_BP;
export type InvoiceStatus = "issued" | "partially_paid" | "paid" | "overdue";
export type ReportPeriod = "month" | "quarter" | "year";

/** Reliable once the agency has 2 successful launches before the one being invoiced. */
export function reliabilityFor(earlierSuccessfulLaunches: number): Reliability {
  return earlierSuccessfulLaunches >= RELIABLE_AFTER_SUCCESSFUL_LAUNCHES ? "reliable" : "new";
}

export function feeRateBp(reliability: Reliability): number {
  return FEE_RATE_BP[reliability];
}

/** Basis points as the decimal the API shows (100 → 0.01). */
export function feeRateDecimal(bp: number): number {
  return bp / 10_000;
}

/** The success fee: net revenue × rate, half-up to the cent. A negative net revenue bills nothing. */
export function successFeeCents(netRevenueCents: number, reliability: Reliability): number {
  return applyBasisPoints(Math.max(0, netRevenueCents), feeRateBp(reliability));
}

export function dueDate(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + PAYMENT_TERM_DAYS * DAY_MS);
}

export function balanceCents(inv: { totalCents: number; creditedCents: number; paidCents: number }): number {
  return Math.max(0, inv.totalCents - inv.creditedCents - inv.paidCents);
}

/** issued (nothing paid) → partially_paid → paid (paid ≥ total − credit notes); overdue once due passed with a balance. */
export function deriveStatus(
  inv: { totalCents: number; creditedCents: number; paidCents: number; dueAt: Date },
  now: Date,
): InvoiceStatus {
  if (balanceCents(inv) === 0) return "paid";
  if (now.getTime() > inv.dueAt.getTime()) return "overdue";
  return inv.paidCents > 0 ? "partially_paid" : "issued";
}

/** A reminder may go out when none was sent yet or the last one is at least 7 days old. */
export function reminderDue(lastRemindedAt: Date | null, now: Date): boolean {
  return !lastRemindedAt || now.getTime() - lastRemindedAt.getTime() >= REMINDER_INTERVAL_DAYS * DAY_MS;
}

/**
 * A payment may be dated up to one day ahead of the server's clock: a transfer booked today in
 * a time zone east of UTC already carries tomorrow's date. Anything later is a typo.
 */
export const PAYMENT_DATE_TOLERANCE_MS = DAY_MS;

export function isPaymentDateAcceptable(paidAt: Date, now: Date): boolean {
  return paidAt.getTime() <= now.getTime() + PAYMENT_DATE_TOLERANCE_MS;
}

export function reminderCutoff(now: Date): Date {
  return new Date(now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS);
}

function documentNumber(series: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999)
    throw new RangeError(`sequence out of range: ${sequence}`);
  return `${series}-${year}-${String(sequence).padStart(5, "0")}`;
}
export const invoiceNumber = (year: number, sequence: number) => documentNumber(INVOICE_SERIES, year, sequence);
export const creditNoteNumber = (year: number, sequence: number) => documentNumber(CREDIT_NOTE_SERIES, year, sequence);
export const INVOICE_NUMBER_RE = /^INV-\d{4}-\d{5}$/;
export const CREDIT_NOTE_NUMBER_RE = /^CN-\d{4}-\d{5}$/;

/** The numbering year of a document: its UTC issue year. */
export const documentYear = (issuedAt: Date) => issuedAt.getUTCFullYear();

/** [start, end) in UTC of the month/quarter/year containing `date`. */
export function periodRange(period: ReportPeriod, date: Date): { start: Date; end: Date } {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (period === "year") return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
  if (period === "quarter") {
    const q = Math.floor(m / 3) * 3;
    return { start: new Date(Date.UTC(y, q, 1)), end: new Date(Date.UTC(y, q + 3, 1)) };
  }
  return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
}

/** The start of the period `steps` periods away (negative = earlier). */
export function shiftPeriod(period: ReportPeriod, date: Date, steps: number): Date {
  const { start } = periodRange(period, date);
  const months = period === "year" ? 12 : period === "quarter" ? 3 : 1;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + steps * months, 1));
}

/** "2026-03", "2026-Q1" or "2026". */
export function periodLabel(period: ReportPeriod, date: Date): string {
  const y = date.getUTCFullYear();
  if (period === "year") return String(y);
  if (period === "quarter") return `${y}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
  return `${y}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** How many past periods the agency revenue chart shows. */
export const REPORT_SERIES_LENGTH = 6;
