import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { agencies, launches } from "./agencies";
import { createdAt, id, updatedAt } from "./columns";

export const invoiceKindEnum = pgEnum("invoice_kind", ["success_fee", "abort_fee"]);
export const invoiceStatusEnum = pgEnum("invoice_status", ["issued", "partially_paid", "paid", "overdue"]);
export const agencyReliabilityEnum = pgEnum("agency_reliability", ["new", "reliable"]);
export type InvoiceKind = (typeof invoiceKindEnum.enumValues)[number];
export type InvoiceStatus = (typeof invoiceStatusEnum.enumValues)[number];
export type AgencyReliability = (typeof agencyReliabilityEnum.enumValues)[number];

const cents = () => bigint({ mode: "number" });

/**
 * Gapless document numbers: one row per (series, year). A generation increments it with
 * an upsert that keeps the row locked until its transaction ends, so a rolled-back
 * generation gives its number back and concurrent ones queue behind each other.
 */
export const documentCounters = pgTable(
  "document_counters",
  {
    series: text({ enum: ["INV", "CN"] }).notNull(),
    year: integer().notNull(),
    lastNumber: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.series, t.year] }),
    check("document_counters_last_check", sql`${t.lastNumber} >= 1`),
  ],
);

/**
 * An issued invoice is a legal document: a trigger (drizzle/*_finance_immutable.sql)
 * refuses any change of its issued fields and any delete. Only status, the paid and
 * credited running totals and the reminder clock move.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    number: text().notNull(),
    year: integer().notNull(),
    sequence: integer().notNull(),
    kind: invoiceKindEnum().notNull(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
    launchId: uuid()
      .notNull()
      .references(() => launches.id, { onDelete: "restrict" }),
    /** Net ticket revenue of the launch (charges − refunds); 0 on an abort fee. */
    revenueCents: cents().notNull(),
    /** Fee rate in basis points (100 = 1 %); null on an abort fee. */
    feeRateBp: integer(),
    reliability: agencyReliabilityEnum().notNull(),
    totalCents: cents().notNull(),
    paidCents: cents().notNull().default(0),
    creditedCents: cents().notNull().default(0),
    status: invoiceStatusEnum().notNull().default("issued"),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    snapshot: jsonb().$type<InvoiceSnapshot>().notNull(),
    abortReason: text(),
    lastRemindedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("invoices_number_key").on(t.number),
    // One invoice per launch: generation is idempotent because of this constraint.
    uniqueIndex("invoices_launch_key").on(t.launchId),
    uniqueIndex("invoices_year_sequence_key").on(t.year, t.sequence),
    index("invoices_agency_issued_idx").on(t.agencyId, t.issuedAt),
    index("invoices_issued_idx").on(t.issuedAt),
    index("invoices_status_due_idx").on(t.status, t.dueAt),
    check("invoices_revenue_check", sql`${t.revenueCents} >= 0`),
    check("invoices_total_check", sql`${t.totalCents} >= 0`),
    check("invoices_paid_check", sql`${t.paidCents} >= 0`),
    check("invoices_credited_check", sql`${t.creditedCents} >= 0 and ${t.creditedCents} <= ${t.totalCents}`),
    check("invoices_fee_rate_check", sql`${t.feeRateBp} is null or ${t.feeRateBp} between 0 and 10000`),
    check("invoices_sequence_check", sql`${t.sequence} >= 1`),
    check("invoices_due_check", sql`${t.dueAt} > ${t.issuedAt}`),
  ],
);

export interface InvoiceSnapshot {
  agency: {
    id: string;
    name: string;
    contactEmail: string;
    phone: string | null;
    address: string | null;
    country: string;
    taxId: string;
  };
  launch: {
    id: string;
    slug: string;
    date: string;
    destination: string;
    spaceport: string;
    rocket: string;
    status: string;
    abortReason: string | null;
  };
  passengers: { seatNumber: number; name: string; bookingReference: string }[];
  earlierSuccessfulLaunches: number;
}

export const invoicePayments = pgTable(
  "invoice_payments",
  {
    id: id(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    amountCents: cents().notNull(),
    paidAt: timestamp({ withTimezone: true }).notNull(),
    reference: text().notNull(),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("invoice_payments_invoice_idx").on(t.invoiceId, t.paidAt),
    index("invoice_payments_paid_idx").on(t.paidAt),
    check("invoice_payments_amount_check", sql`${t.amountCents} > 0`),
  ],
);

export const invoiceStatusHistory = pgTable(
  "invoice_status_history",
  {
    id: id(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    fromStatus: invoiceStatusEnum(),
    toStatus: invoiceStatusEnum().notNull(),
    changedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    /** Insertion order within one instant (several changes can share ctx.now). */
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("invoice_status_history_invoice_idx").on(t.invoiceId, t.changedAt)],
);

/** A credit note negates all or part of an invoice; the invoice itself never changes. */
export const creditNotes = pgTable(
  "credit_notes",
  {
    id: id(),
    number: text().notNull(),
    year: integer().notNull(),
    sequence: integer().notNull(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
    amountCents: cents().notNull(),
    reason: text().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("credit_notes_number_key").on(t.number),
    uniqueIndex("credit_notes_year_sequence_key").on(t.year, t.sequence),
    index("credit_notes_invoice_idx").on(t.invoiceId),
    index("credit_notes_agency_issued_idx").on(t.agencyId, t.issuedAt),
    check("credit_notes_amount_check", sql`${t.amountCents} > 0`),
  ],
);

/** Each overdue reminder sent. At most one per 7 days per invoice: see invoices.last_reminded_at. */
export const invoiceReminders = pgTable(
  "invoice_reminders",
  {
    id: id(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    recipient: text().notNull(),
    balanceCents: cents().notNull(),
    notificationId: uuid(),
  },
  (t) => [
    uniqueIndex("invoice_reminders_invoice_sent_key").on(t.invoiceId, t.sentAt),
    check("invoice_reminders_balance_check", sql`${t.balanceCents} > 0`),
  ],
);
