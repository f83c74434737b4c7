import Link from "next/link";
import { RevenueSeriesChart } from "@/components/finance/charts";
import { buttonClass } from "@/components/ui/button";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Field, Input, Select } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { parseSearchParams } from "@/lib/http/search-params";
import { listAgencyChoices } from "@/lib/finance/invoice-queries";
import { agencyRevenueReport } from "@/lib/finance/reports";
import { agencyReportQuery } from "@/lib/finance/schemas";
import { formatUsd } from "@/lib/money";

export const metadata = { title: "Agency revenue" };

export default async function AgencyRevenuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(FINANCE_ROLES);
  const raw = await searchParams;
  const ctx = await webContext(actor);
  const agencyChoices = await listAgencyChoices(ctx);
  const { query: q } = parseSearchParams(agencyReportQuery, {
    period: raw.period || undefined,
    date: raw.date || undefined,
  });
  const date = q.date ?? ctx.now.toISOString().slice(0, 10);
  const agencyId = agencyChoices.some((a) => a.id === raw.agencyId) ? raw.agencyId! : agencyChoices[0]?.id;
  const report = agencyId ? await agencyRevenueReport(ctx, agencyId, q.period, new Date(`${date}T00:00:00Z`)) : null;
  const href = (d: string) =>
    `/finance/reports/agencies?${new URLSearchParams({ agencyId: agencyId ?? "", period: q.period, date: d })}`;

  return (
    <Page
      title="Agency revenue"
      description="Launches, ticket revenue and fees of one agency for a month, quarter or year."
    >
      <FilterForm label="Choose agency and period" className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        <Field id="agencyId" label="Agency">
          <Select id="agencyId" name="agencyId" defaultValue={agencyId}>
            {agencyChoices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="period" label="Period">
          <Select id="period" name="period" defaultValue={q.period}>
            <option value="month">Month</option>
            <option value="quarter">Quarter</option>
            <option value="year">Year</option>
          </Select>
        </Field>
        <Field id="date" label="Containing the date">
          <Input id="date" name="date" type="date" defaultValue={date} />
        </Field>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary")}>
            Show
          </button>
        </div>
      </FilterForm>
      {!report ? (
        <EmptyState title="No agencies yet" />
      ) : (
        <>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <Link href={href(report.previousDate)} className={buttonClass("secondary")} rel="prev">
              ← Previous {q.period}
            </Link>
            <h2 className="text-xl font-semibold">
              {report.agency.name} · {report.label}
            </h2>
            <Link href={href(report.nextDate)} className={buttonClass("secondary")} rel="next">
              Next {q.period} →
            </Link>
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">Reliability</dt>
                <dd>
                  {report.reliability} ({report.successfulLaunches} successful launches)
                </dd>
                {Object.entries(report.launchesByStatus).map(([status, count]) => (
                  <div key={status} className="contents">
                    <dt className="text-slate-600">Launches {status}</dt>
                    <dd>{count}</dd>
                  </div>
                ))}
                <dt className="text-slate-600">Ticket revenue</dt>
                <dd>{formatUsd(report.ticketRevenueCents)}</dd>
                <dt className="text-slate-600">Fees invoiced (after credit notes)</dt>
                <dd>{formatUsd(report.feesInvoicedCents)}</dd>
                <dt className="text-slate-600">Credited</dt>
                <dd>{formatUsd(report.creditedCents)}</dd>
                <dt className="text-slate-600">Fees paid</dt>
                <dd>{formatUsd(report.feesPaidCents)}</dd>
                <dt className="text-slate-600">Balance</dt>
                <dd className="font-semibold">{formatUsd(report.balanceCents)}</dd>
              </dl>
              <a
                href={`/finance/reports/agencies/csv?${new URLSearchParams({ agencyId: report.agency.id, period: q.period, date })}`}
                className={`${buttonClass("secondary")} mt-4`}
              >
                Download CSV
              </a>
            </Card>
            <Card>
              <h3 className="mb-2 font-semibold">Last {report.series.length} periods</h3>
              <RevenueSeriesChart data={report.series} />
            </Card>
          </div>
          <div className="mt-6">
            <DataTable
              caption="Last periods"
              columns={[
                { label: "Period" },
                { label: "Ticket revenue", align: "right" },
                { label: "Fees invoiced", align: "right" },
                { label: "Fees paid", align: "right" },
                { label: "Balance", align: "right" },
              ]}
            >
              {report.series.map((s) => (
                <Row key={s.label}>
                  <Cell>{s.label}</Cell>
                  <Cell numeric>{formatUsd(s.ticketRevenueCents)}</Cell>
                  <Cell numeric>{formatUsd(s.invoicedCents)}</Cell>
                  <Cell numeric>{formatUsd(s.paidCents)}</Cell>
                  <Cell numeric>{formatUsd(s.balanceCents)}</Cell>
                </Row>
              ))}
            </DataTable>
          </div>
        </>
      )}
    </Page>
  );
}
