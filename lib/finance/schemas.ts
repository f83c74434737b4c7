import { z } from "zod";
import { calendarDaySchema } from "@/lib/time";

// The single source for finance forms, actions, API handlers and the OpenAPI document.
export const INVOICE_STATUSES = ["issued", "partially_paid", "paid", "overdue"] as const;
export const INVOICE_KINDS = ["success_fee", "abort_fee"] as const;
export const INVOICE_SORTS = ["number", "issuedAt", "dueAt", "total", "status"] as const;

const uuid = z.uuid({ message: "Must be a valid id." });
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

export const generateInvoicesSchema = z.object({ launchId: uuid.optional() });

export const listInvoicesQuery = z.object({
  status: z
    .enum(INVOICE_STATUSES)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  kind: z
    .enum(INVOICE_KINDS)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  agencyId: uuid.optional().or(z.literal("").transform(() => undefined)),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  q: optionalText,
  sort: z.enum(INVOICE_SORTS).default("issuedAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListInvoicesQuery = z.infer<typeof listInvoicesQuery>;

export const agencyInvoicesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const isoInstant = z
  .string()
  .trim()
  .min(1, "Enter the payment date.")
  .refine((s) => !Number.isNaN(Date.parse(s)), "Enter a valid date.")
  .transform((s) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s));

export const recordPaymentSchema = z.object({
  amountCents: z.coerce
    .number({ message: "Enter an amount in cents." })
    .int("Amounts are whole cents.")
    .positive("The amount must be greater than 0.")
    .max(100_000_000_000, "That amount is too large."),
  paidAt: isoInstant,
  reference: z.string().trim().min(1, "Enter the payment reference.").max(120, "At most 120 characters."),
});
export type RecordPaymentInput = z.infer<typeof recordPaymentSchema>;

export const MANUAL_STATUSES = ["paid", "partially_paid", "overdue"] as const;
export const setStatusSchema = z.object({
  status: z.enum(MANUAL_STATUSES, { message: "Choose paid, partially paid or overdue." }),
  reason: z.string().trim().max(500, "At most 500 characters.").optional(),
});
/** The form demands a reason (kept in the history); the API accepts `{status}` alone, as documented. */
export const setStatusFormSchema = setStatusSchema.extend({
  reason: z.string().trim().min(3, "Say why (at least 3 characters).").max(500, "At most 500 characters."),
});
export type SetStatusInput = z.infer<typeof setStatusSchema>;

export const creditNoteSchema = z.object({
  amountCents: z.coerce
    .number({ message: "Enter an amount in cents." })
    .int("Amounts are whole cents.")
    .positive("The amount must be greater than 0."),
  reason: z.string().trim().min(3, "Say why (at least 3 characters).").max(500, "At most 500 characters."),
});
export type CreditNoteInput = z.infer<typeof creditNoteSchema>;

const isoDate = calendarDaySchema();
export const agencyReportQuery = z.object({
  period: z.enum(["month", "quarter", "year"]).default("month"),
  date: isoDate.optional(),
  format: z.enum(["json", "csv"]).default("json"),
});
export const annualReportQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });
export const yearParam = z.coerce.number().int().min(2000).max(2100);

// Response shapes (documentation only).
export const invoiceResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(INVOICE_KINDS),
  agencyId: z.uuid(),
  launchId: z.uuid(),
  revenueCents: z.number().int().optional(),
  feeRate: z.number().optional(),
  reliability: z.enum(["new", "reliable"]),
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  creditedCents: z.number().int(),
  balanceCents: z.number().int(),
  status: z.enum(INVOICE_STATUSES),
  issuedAt: z.string(),
  dueAt: z.string(),
  abortReason: z.string().nullable(),
});
