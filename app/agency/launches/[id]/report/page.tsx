import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Bookings of {report.launch.title}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Reference
                </th>
                <th scope="col" className="px-3 py-2">
                  Traveler
                </th>
                <th scope="col" className="px-3 py-2">
                  Tax id
                </th>
                <th scope="col" className="px-3 py-2">
                  Passengers
                </th>
                <th scope="col" className="px-3 py-2">
                  Seats
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Paid
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Refund
                </th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.reference} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2 font-mono">
                    {r.reference}
                    {r.status === "cancelled" ? <span className="ml-1 text-xs text-slate-500">(cancelled)</span> : null}
                  </td>
                  <td className="px-3 py-2">
                    {r.travelerName}
                    <br />
                    <span className="text-slate-600">{r.travelerEmail}</span>
                  </td>
                  <td className="px-3 py-2">{r.taxId ?? "—"}</td>
                  <td className="px-3 py-2">{r.passengers.join(", ")}</td>
                  <td className="px-3 py-2">{r.seats.join(", ")}</td>
                  <td className="px-3 py-2 text-right">{formatUsd(r.amountCents)}</td>
                  <td className="px-3 py-2 text-right">{formatUsd(r.refundCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr>
                <th scope="row" colSpan={5} className="px-3 py-2">
                  Totals · revenue {formatUsd(t.revenueCents)}
                </th>
                <td className="px-3 py-2 text-right">{formatUsd(t.amountCents)}</td>
                <td className="px-3 py-2 text-right">{formatUsd(t.refundCents)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Page>
  );
}
