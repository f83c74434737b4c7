import "server-only";
import { eq, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { agencies } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { FINANCE_ROLES } from "./access";
import {
  FEE_RATE_BP,
  RELIABLE_AFTER_SUCCESSFUL_LAUNCHES,
  REPORT_SERIES_LENGTH,
  periodLabel,
  periodRange,
  reliabilityFor,
  shiftPeriod,
  type ReportPeriod,
} from "./rules";
import { assertUuid } from "@/lib/validation";
import { requireRole } from "@/lib/auth/require-role";

// Reports are SQL aggregates over indexed columns (launches by agency/date, invoices by
// agency/issue date, bookings by launch/status); JavaScript only shapes the few result rows.
// Fees are counted on invoices by issue date: invoiced = total − credit notes, paid = payments
// received on them, balance = invoiced − paid.

const n = (v: unknown) => Number(v ?? 0);
const iso = (d: Date) => d.toISOString();
const TRUNC = { month: "month", quarter: "quarter", year: "year" } as const;

export interface FeeTotals {
  invoicedCents: number;
  creditedCents: number;
  paidCents: number;
  balanceCents: number;
}

async function agencyExists(ctx: Ctx, agencyId: string) {
  assertUuid(agencyId, "No such agency.");
  const [a] = await ctx.db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  if (!a) throw new DomainError("not_found", "No such agency.");
  return a;
}

/** Agency revenue report for the month/quarter/year containing `date`, with the last periods as a series. */
export async function agencyRevenueReport(ctx: Ctx, agencyId: string, period: ReportPeriod, date: Date) {
  requireRole(ctx, FINANCE_ROLES);
  const agency = await agencyExists(ctx, agencyId);
  const { start, end } = periodRange(period, date);
  const seriesStart = shiftPeriod(period, date, -(REPORT_SERIES_LENGTH - 1));
  const trunc = sql.raw(`'${TRUNC[period]}'`);

  const [byStatus, revenue, fees, reliable] = await Promise.all([
    ctx.db.execute(sql`
      select status, count(*)::int as count from launches
      where agency_id = ${agencyId} and date >= ${iso(start)} and date < ${iso(end)} group by status`),
    ctx.db.execute(sql`
      select to_char(date_trunc(${trunc}, l.date at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
             coalesce(sum(case when p.kind = 'charge' then p.amount_cents else -p.amount_cents end), 0)::bigint as net
      from launches l join bookings b on b.launch_id = l.id join payments p on p.booking_id = b.id and p.status = 'succeeded'
      where l.agency_id = ${agencyId} and l.date >= ${iso(seriesStart)} and l.date < ${iso(end)}
      group by 1`),
    ctx.db.execute(sql`
      select to_char(date_trunc(${trunc}, issued_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
             sum(total_cents - credited_cents)::bigint as invoiced, sum(credited_cents)::bigint as credited,
             sum(paid_cents)::bigint as paid, sum(greatest(total_cents - credited_cents - paid_cents, 0))::bigint as balance
      from invoices where agency_id = ${agencyId} and issued_at >= ${iso(seriesStart)} and issued_at < ${iso(end)}
      group by 1`),
    ctx.db.execute(sql`
      select count(*)::int as n from launches where agency_id = ${agencyId} and status = 'successful' and date < ${iso(end)}`),
  ]);

  const keyOf = (v: unknown) => periodLabel(period, new Date(`${String(v)}T00:00:00Z`));
  const revenueBy = new Map(rowsOf<{ bucket: unknown; net: unknown }>(revenue).map((r) => [keyOf(r.bucket), n(r.net)]));
  const feesBy = new Map(
    rowsOf<{ bucket: unknown; invoiced: unknown; credited: unknown; paid: unknown; balance: unknown }>(fees).map(
      (r) => [keyOf(r.bucket), r],
    ),
  );
  const series = Array.from({ length: REPORT_SERIES_LENGTH }, (_, i) => {
    const label = periodLabel(period, shiftPeriod(period, date, i - (REPORT_SERIES_LENGTH - 1)));
    const f = feesBy.get(label);
    return {
      label,
      ticketRevenueCents: revenueBy.get(label) ?? 0,
      invoicedCents: n(f?.invoiced),
      creditedCents: n(f?.credited),
      paidCents: n(f?.paid),
      balanceCents: n(f?.balance),
    };
  });
  const current = series[series.length - 1];
  const launchesByStatus = { scheduled: 0, delayed: 0, aborted: 0, successful: 0, failed: 0 } as Record<string, number>;
  for (const r of rowsOf<{ status: string; count: number }>(byStatus)) launchesByStatus[r.status] = n(r.count);
  const successfulBefore = n(rowsOf<{ n: number }>(reliable)[0]?.n);

  return {
    agency,
    period,
    label: current.label,
    start: iso(start),
    end: iso(end),
    previousDate: iso(shiftPeriod(period, date, -1)).slice(0, 10),
    nextDate: iso(shiftPeriod(period, date, 1)).slice(0, 10),
    launchesByStatus,
    ticketRevenueCents: current.ticketRevenueCents,
    feesInvoicedCents: current.invoicedCents,
    creditedCents: current.creditedCents,
    feesPaidCents: current.paidCents,
    balanceCents: current.balanceCents,
    reliability: reliabilityFor(successfulBefore),
    successfulLaunches: successfulBefore,
    series,
  };
}
export type AgencyRevenueReport = Awaited<ReturnType<typeof agencyRevenueReport>>;

export interface AnnualCell {
  invoicedCents: number;
  creditedCents: number;
  actualCents: number;
  pendingCents: number;
  projectedCents: number;
}
const zero = (): AnnualCell => ({
  invoicedCents: 0,
  creditedCents: 0,
  actualCents: 0,
  pendingCents: 0,
  projectedCents: 0,
});
const CELL_KEYS = Object.keys(zero()) as (keyof AnnualCell)[];
const add = (a: AnnualCell, b: Partial<AnnualCell>) => {
  for (const k of CELL_KEYS) a[k] += b[k] ?? 0;
};

/**
 * The annual report: actual = payments received on the year's invoices, pending = their
 * unpaid balance (after credit notes), projected = confirmed revenue of the year's scheduled
 * and delayed launches × each agency's current rate. Two grouped queries give (agency, month)
 * cells; the totals, by-agency and by-month views are sums of the same cells, so they reconcile.
 */
export async function annualReport(ctx: Ctx, year: number) {
  requireRole(ctx, FINANCE_ROLES);
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const [fees, projected] = await Promise.all([
    ctx.db.execute(sql`
      select i.agency_id, a.name as agency_name, extract(month from i.issued_at at time zone 'UTC')::int as month,
             sum(i.total_cents - i.credited_cents)::bigint as invoiced, sum(i.credited_cents)::bigint as credited,
             sum(i.paid_cents)::bigint as actual, sum(greatest(i.total_cents - i.credited_cents - i.paid_cents, 0))::bigint as pending
      from invoices i join agencies a on a.id = i.agency_id
      where i.issued_at >= ${iso(start)} and i.issued_at < ${iso(end)}
      group by 1, 2, 3`),
    ctx.db.execute(sql`
      with cells as (
        select l.agency_id, extract(month from l.date at time zone 'UTC')::int as month, sum(b.amount_cents)::bigint as revenue
        from launches l join bookings b on b.launch_id = l.id and b.status = 'confirmed'
        where l.status in ('scheduled', 'delayed') and l.date >= ${iso(start)} and l.date < ${iso(end)}
        group by 1, 2
      ), rates as (
        select c.agency_id, case when (select count(*) from launches s where s.agency_id = c.agency_id and s.status = 'successful') >= ${RELIABLE_AFTER_SUCCESSFUL_LAUNCHES}::int
                                 then ${FEE_RATE_BP.reliable}::int else ${FEE_RATE_BP.new}::int end as bp
        from (select distinct agency_id from cells) c
      )
      select c.agency_id, a.name as agency_name, c.month, ((c.revenue * r.bp + 5000) / 10000)::bigint as projected
      from cells c join rates r on r.agency_id = c.agency_id join agencies a on a.id = c.agency_id`),
  ]);

  const totals = zero();
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...zero() }));
  const agencyCells = new Map<string, { agencyId: string; agencyName: string } & AnnualCell>();
  const place = (agencyId: string, agencyName: string, month: number, cell: Partial<AnnualCell>) => {
    add(totals, cell);
    add(byMonth[month - 1], cell);
    if (!agencyCells.has(agencyId)) agencyCells.set(agencyId, { agencyId, agencyName, ...zero() });
    add(agencyCells.get(agencyId)!, cell);
  };
  for (const r of rowsOf<{
    agency_id: string;
    agency_name: string;
    month: number;
    invoiced: unknown;
    credited: unknown;
    actual: unknown;
    pending: unknown;
  }>(fees)) {
    place(r.agency_id, r.agency_name, n(r.month), {
      invoicedCents: n(r.invoiced),
      creditedCents: n(r.credited),
      actualCents: n(r.actual),
      pendingCents: n(r.pending),
    });
  }
  for (const r of rowsOf<{ agency_id: string; agency_name: string; month: number; projected: unknown }>(projected)) {
    place(r.agency_id, r.agency_name, n(r.month), { projectedCents: n(r.projected) });
  }
  const byAgency = [...agencyCells.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName));
  return {
    year,
    actualCents: totals.actualCents,
    pendingCents: totals.pendingCents,
    projectedCents: totals.projectedCents,
    invoicedCents: totals.invoicedCents,
    creditedCents: totals.creditedCents,
    empty: byAgency.length === 0,
    byAgency,
    byMonth,
  };
}
export type AnnualReport = Awaited<ReturnType<typeof annualReport>>;
