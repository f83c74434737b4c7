import { toCsv } from "@/lib/csv";
import { centsToDecimal } from "@/lib/money";
import type { AgencyRevenueReport, AnnualReport } from "./reports";

const usd = centsToDecimal;

export function annualReportCsv(r: AnnualReport): string {
  const rows: (string | number)[][] = [
    ["scope", "agency", "month", "invoiced_usd", "credited_usd", "actual_usd", "pending_usd", "projected_usd"],
  ];
  const line = (
    scope: string,
    agency: string,
    month: string,
    c: {
      invoicedCents: number;
      creditedCents: number;
      actualCents: number;
      pendingCents: number;
      projectedCents: number;
    },
  ) =>
    rows.push([
      scope,
      agency,
      month,
      usd(c.invoicedCents),
      usd(c.creditedCents),
      usd(c.actualCents),
      usd(c.pendingCents),
      usd(c.projectedCents),
    ]);
  for (const m of r.byMonth) line("month", "", `${r.year}-${String(m.month).padStart(2, "0")}`, m);
  for (const a of r.byAgency) line("agency", a.agencyName, "", a);
  line("total", "", String(r.year), r);
  return toCsv(rows);
}

export function agencyReportCsv(r: AgencyRevenueReport): string {
  const rows: (string | number)[][] = [
    ["period", "ticket_revenue_usd", "fees_invoiced_usd", "credited_usd", "fees_paid_usd", "balance_usd"],
  ];
  for (const s of r.series)
    rows.push([
      s.label,
      usd(s.ticketRevenueCents),
      usd(s.invoicedCents),
      usd(s.creditedCents),
      usd(s.paidCents),
      usd(s.balanceCents),
    ]);
  rows.push([]);
  rows.push(["agency", r.agency.name]);
  rows.push(["reliability", r.reliability]);
  for (const [status, count] of Object.entries(r.launchesByStatus)) rows.push([`launches_${status}`, count]);
  return toCsv(rows);
}
