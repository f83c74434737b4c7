import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isDomainError } from "@/lib/errors";
import { bookingsReport } from "@/lib/launches/bookings-report";
import { formatUsd } from "@/lib/money";

export const metadata = { title: "Bookings report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const { id } = await params;
  let report;
  try {
    report = await bookingsReport(await webContext(user), id);
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") notFound();
    if (isDomainError(e) && e.code === "conflict") {
      return (
        <Page title="Bookings report">
          <Alert tone="info">{e.message}</Alert>
          <p className="mt-4">
            <Link href={`/agency/launches/${id}`} className="text-brand-700 underline">
              Back to the launch
            </Link>
          </p>
        </Page>
      );
    }
    throw e;
  }
  const t = report.totals;
  return (
    <Page
      title="Bookings report"
      description={report.launch.title}
      actions={
        <a href={`/agency/launches/${id}/report/bookings.csv`} className={buttonClass("primary")} download>
          Download CSV
        </a>
      }
    >
      <Card className="mb-6">
        <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-5">
          <div>
            <dt className="text-slate-600">Bookings</dt>
            <dd className="text-lg font-semibold">{t.bookings}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Seats</dt>
            <dd className="text-lg font-semibold">{t.seats}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Paid</dt>
            <dd className="text-lg font-semibold">{formatUsd(t.amountCents)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Refunded</dt>
            <dd className="text-lg font-semibold">{formatUsd(t.refundCents)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Revenue</dt>
            <dd className="text-lg font-semibold">{formatUsd(t.revenueCents)}</dd>
          </div>
        </dl>
      </Card>
      {report.rows.length === 0 ? (
        <EmptyState title="No paid bookings on this launch" />
      ) : (
        <DataTable
          caption={`Bookings of ${report.launch.title}`}
          columns={[
            { label: "Reference" },
            { label: "Traveler" },
            { label: "Tax id" },
            { label: "Passengers" },
            { label: "Seats" },
            { label: "Paid", align: "right" },
            { label: "Refund", align: "right" },
          ]}
          footer={
            <tr>
              <RowHeader colSpan={5} className="font-semibold">
                Totals · revenue {formatUsd(t.revenueCents)}
              </RowHeader>
              <Cell numeric>{formatUsd(t.amountCents)}</Cell>
              <Cell numeric>{formatUsd(t.refundCents)}</Cell>
            </tr>
          }
        >
          {report.rows.map((r) => (
            <Row key={r.reference} className="align-top">
              <Cell className="font-mono">
                {r.reference}
                {r.status === "cancelled" ? <span className="ml-1 text-xs text-slate-500">(cancelled)</span> : null}
              </Cell>
              <Cell>
                {r.travelerName}
                <br />
                <span className="text-slate-600">{r.travelerEmail}</span>
              </Cell>
              <Cell>{r.taxId ?? "—"}</Cell>
              <Cell>{r.passengers.join(", ")}</Cell>
              <Cell>{r.seats.join(", ")}</Cell>
              <Cell numeric>{formatUsd(r.amountCents)}</Cell>
              <Cell numeric>{formatUsd(r.refundCents)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </Page>
  );
}
