import "server-only";
import { and, asc, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import {
  agencies,
  creditNotes,
  invoicePayments,
  invoiceReminders,
  invoiceStatusHistory,
  invoices,
  users,
} from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { FINANCE_ROLES } from "./access";
import type { ListInvoicesQuery } from "./schemas";
import { invoiceDto } from "./serialize";
import { assertUuid } from "@/lib/validation";
import { requireRole } from "@/lib/auth/require-role";

const SORT_COLUMNS = {
  number: invoices.number,
  issuedAt: invoices.issuedAt,
  dueAt: invoices.dueAt,
  total: invoices.totalCents,
  status: invoices.status,
} as const;

function filters(q: Partial<ListInvoicesQuery>): SQL | undefined {
  const where: SQL[] = [];
  if (q.status) where.push(eq(invoices.status, q.status));
  if (q.kind) where.push(eq(invoices.kind, q.kind));
  if (q.agencyId) where.push(eq(invoices.agencyId, q.agencyId));
  if (q.year) where.push(eq(invoices.year, q.year));
  if (q.q) where.push(ilike(invoices.number, `%${q.q.replace(/[%_\\]/g, "\\$&")}%`));
  return where.length ? and(...where) : undefined;
}

/** Invoices for finance staff: filtered, searched, sorted, paginated, with totals of the whole filter. */
export async function listInvoices(ctx: Ctx, q: ListInvoicesQuery) {
  requireRole(ctx, FINANCE_ROLES);
  const where = filters(q);
  const column = SORT_COLUMNS[q.sort];
  const rows = await ctx.db
    .select({ invoice: invoices, agencyName: agencies.name })
    .from(invoices)
    .innerJoin(agencies, eq(agencies.id, invoices.agencyId))
    .where(where)
    .orderBy(q.order === "asc" ? asc(column) : desc(column), desc(invoices.number))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [totals] = await ctx.db
    .select({
      count: sql<number>`count(*)::int`,
      totalCents: sql<string>`coalesce(sum(${invoices.totalCents}), 0)`,
      creditedCents: sql<string>`coalesce(sum(${invoices.creditedCents}), 0)`,
      paidCents: sql<string>`coalesce(sum(${invoices.paidCents}), 0)`,
      balanceCents: sql<string>`coalesce(sum(greatest(${invoices.totalCents} - ${invoices.creditedCents} - ${invoices.paidCents}, 0)), 0)`,
    })
    .from(invoices)
    .where(where);
  return {
    items: rows.map((r) => ({ ...invoiceDto(r.invoice), agencyName: r.agencyName })),
    total: Number(totals.count),
    page: q.page,
    pageSize: q.pageSize,
    totals: {
      totalCents: Number(totals.totalCents),
      creditedCents: Number(totals.creditedCents),
      paidCents: Number(totals.paidCents),
      balanceCents: Number(totals.balanceCents),
    },
  };
}

async function invoiceDetail(ctx: Ctx, where: SQL) {
  const [row] = await ctx.db
    .select({ invoice: invoices, agencyName: agencies.name })
    .from(invoices)
    .innerJoin(agencies, eq(agencies.id, invoices.agencyId))
    .where(where);
  if (!row) throw new DomainError("not_found", "No such invoice.");
  const id = row.invoice.id;
  const [payments, notes, reminders, history] = await Promise.all([
    ctx.db
      .select()
      .from(invoicePayments)
      .where(eq(invoicePayments.invoiceId, id))
      .orderBy(asc(invoicePayments.paidAt), asc(invoicePayments.createdAt)),
    ctx.db.select().from(creditNotes).where(eq(creditNotes.invoiceId, id)).orderBy(asc(creditNotes.sequence)),
    ctx.db
      .select()
      .from(invoiceReminders)
      .where(eq(invoiceReminders.invoiceId, id))
      .orderBy(asc(invoiceReminders.sentAt)),
    ctx.db
      .select({ entry: invoiceStatusHistory, by: users.name })
      .from(invoiceStatusHistory)
      .leftJoin(users, eq(users.id, invoiceStatusHistory.changedBy))
      .where(eq(invoiceStatusHistory.invoiceId, id))
      .orderBy(asc(invoiceStatusHistory.changedAt), asc(invoiceStatusHistory.seq)),
  ]);
  return {
    ...invoiceDto(row.invoice),
    agencyName: row.agencyName,
    snapshot: row.invoice.snapshot,
    payments: payments.map((p) => ({
      id: p.id,
      amountCents: p.amountCents,
      paidAt: p.paidAt.toISOString(),
      reference: p.reference,
    })),
    creditNotes: notes.map(creditNoteDto),
    reminders: reminders.map((r) => ({
      id: r.id,
      sentAt: r.sentAt.toISOString(),
      recipient: r.recipient,
      balanceCents: r.balanceCents,
    })),
    history: history.map((h) => ({
      from: h.entry.fromStatus,
      to: h.entry.toStatus,
      at: h.entry.changedAt.toISOString(),
      by: h.by ?? "system",
      reason: h.entry.reason,
    })),
  };
}
export type InvoiceDetail = Awaited<ReturnType<typeof invoiceDetail>>;

export function creditNoteDto(n: typeof creditNotes.$inferSelect) {
  return {
    id: n.id,
    number: n.number,
    invoiceId: n.invoiceId,
    amountCents: n.amountCents,
    reason: n.reason,
    issuedAt: n.issuedAt.toISOString(),
  };
}

export async function getInvoice(ctx: Ctx, id: string): Promise<InvoiceDetail> {
  requireRole(ctx, FINANCE_ROLES);
  assertUuid(id, "No such invoice.");
  return invoiceDetail(ctx, eq(invoices.id, id));
}

/** The agency of the signed-in agency user, or 404-style refusal. */
async function ownAgencyId(ctx: Ctx): Promise<string> {
  const actor = requireRole(ctx, ["agency"]);
  const [agency] = await ctx.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.userId, actor.id));
  if (!agency) throw new DomainError("not_found", "Your agency profile is missing.");
  return agency.id;
}

/** An agency's own invoices (read-only), newest first. */
export async function listAgencyInvoices(ctx: Ctx, q: { page: number; pageSize: number }) {
  const agencyId = await ownAgencyId(ctx);
  const rows = await ctx.db
    .select()
    .from(invoices)
    .where(eq(invoices.agencyId, agencyId))
    .orderBy(desc(invoices.issuedAt), desc(invoices.number))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ count }] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(invoices)
    .where(eq(invoices.agencyId, agencyId));
  const notes = await ctx.db
    .select()
    .from(creditNotes)
    .where(eq(creditNotes.agencyId, agencyId))
    .orderBy(desc(creditNotes.issuedAt))
    .limit(100);
  return {
    items: rows.map(invoiceDto),
    total: Number(count),
    page: q.page,
    pageSize: q.pageSize,
    creditNotes: notes.map(creditNoteDto),
  };
}

/** One of the agency's own invoices; another agency's invoice is "not found". */
export async function getAgencyInvoice(ctx: Ctx, id: string): Promise<InvoiceDetail> {
  const agencyId = await ownAgencyId(ctx);
  assertUuid(id, "No such invoice.");
  const detail = await invoiceDetail(ctx, and(eq(invoices.id, id), eq(invoices.agencyId, agencyId))!);
  return detail;
}

/** Finance staff see any invoice; an agency only its own (used by the PDF route). */
export async function getInvoiceForViewer(ctx: Ctx, id: string): Promise<InvoiceDetail> {
  if (ctx.actor?.role === "agency") return getAgencyInvoice(ctx, id);
  return getInvoice(ctx, id);
}

/** Agencies for the filter pickers. */
export async function listAgencyChoices(ctx: Ctx) {
  requireRole(ctx, FINANCE_ROLES);
  return ctx.db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name));
}

/** Successful and aborted launches that have no invoice yet (newest first), to invoice one by one. */
export async function listUninvoicedLaunches(ctx: Ctx, limit = 10) {
  requireRole(ctx, FINANCE_ROLES);
  const result = await ctx.db.execute(sql`
    select l.id, l.slug, l.date, l.status, a.name as agency_name from launches l join agencies a on a.id = l.agency_id
    where l.status in ('successful', 'aborted') and not exists (select 1 from invoices i where i.launch_id = l.id)
    order by l.date desc limit ${limit}`);
  return (
    result as unknown as {
      rows: { id: string; slug: string; date: Date | string; status: string; agency_name: string }[];
    }
  ).rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    date: new Date(r.date).toISOString(),
    status: r.status,
    agencyName: r.agency_name,
  }));
}
