import Link from "next/link";
import { AnnualStackedChart } from "@/components/finance/charts";
import { buttonClass } from "@/components/ui/button";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { parseSearchParams } from "@/lib/http/search-params";
import { annualReport } from "@/lib/finance/reports";
import { yearParam } from "@/lib/finance/schemas";
import { formatUsd } from "@/lib/money";

export const metadata = { title: "Annual report" };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function Table({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: { key: string; label: string; actualCents: number; pendingCents: number; projectedCents: number }[];
}) {
  return (
    <DataTable
      caption={caption}
      showCaption
      framed={false}
      columns={[
        { label: head },
        { label: "Actual", align: "right" },
        { label: "Pending", align: "right" },
        { label: "Projected", align: "right" },
      ]}
    >
      {rows.map((r) => (
        <Row key={r.key}>
          <RowHeader>{r.label}</RowHeader>
          <Cell numeric>{formatUsd(r.actualCents)}</Cell>
          <Cell numeric>{formatUsd(r.pendingCents)}</Cell>
          <Cell numeric>{formatUsd(r.projectedCents)}</Cell>
        </Row>
      ))}
    </DataTable>
  );
}

export default async function AnnualReportPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageRole(FINANCE_ROLES);
  const ctx = await webContext(actor);
  const { query: year } = parseSearchParams(yearParam, (await searchParams).year, () => ctx.now.getUTCFullYear());
  const report = await annualReport(ctx, year);
  const byMonth = report.byMonth.map((m) => ({ key: String(m.month), label: MONTHS[m.month - 1], ...m }));
  const byAgency = report.byAgency.map((a) => ({ key: a.agencyId, label: a.agencyName, ...a }));

  return (
    <Page
      title={`Annual report ${year}`}
      description="Fees received (actual), invoiced but unpaid (pending), and projected from scheduled and delayed launches."
      actions={
        <>
          <Link href={`/finance/reports/annual?year=${year - 1}`} className={buttonClass("secondary")} rel="prev">
            ← {year - 1}
          </Link>
          <Link href={`/finance/reports/annual?year=${year + 1}`} className={buttonClass("secondary")} rel="next">
            {year + 1} →
          </Link>
          <a href={`/finance/reports/annual/csv?year=${year}`} className={buttonClass("secondary")}>
            Download CSV
          </a>
        </>
      }
    >
      <dl className="mb-6 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" aria-label="Totals">
        {[
          ["Actual", report.actualCents],
          ["Pending", report.pendingCents],
          ["Projected", report.projectedCents],
          ["Credited", report.creditedCents],
        ].map(([k, v]) => (
          <div key={k} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-slate-600">{k}</dt>
            <dd className="text-lg font-semibold">{formatUsd(Number(v))}</dd>
          </div>
        ))}
      </dl>
      {report.empty ? (
        <EmptyState title={`No invoices or projected launches in ${year}`}>
          Pick another year, or generate invoices for finished launches.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <Card>
            <h2 className="mb-2 text-lg font-semibold">By month</h2>
            <div className="grid gap-6 lg:grid-cols-2">
              <AnnualStackedChart
                data={byMonth}
                label={`Fees by month in ${year}, stacked: actual, pending, projected`}
              />
              <Table caption="By month" head="Month" rows={byMonth} />
            </div>
          </Card>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">By agency</h2>
            <div className="grid gap-6 lg:grid-cols-2">
              <AnnualStackedChart
                data={byAgency}
                label={`Fees by agency in ${year}, stacked: actual, pending, projected`}
              />
              <Table caption="By agency" head="Agency" rows={byAgency} />
            </div>
          </Card>
        </div>
      )}
    </Page>
  );
}
