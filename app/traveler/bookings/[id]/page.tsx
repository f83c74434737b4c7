import Link from "next/link";
import { connection } from "next/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/agency/status-badge";
import { BookingDocuments } from "@/components/booking/booking-documents";
import { BookingStatusBadge } from "@/components/booking/booking-status-badge";
import { CancelBooking } from "@/components/booking/cancel-booking";
import { LaunchOutcome } from "@/components/booking/launch-outcome";
import { StatusTimeline } from "@/components/booking/status-timeline";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getMyBooking } from "@/lib/bookings/service";
import { launchPath } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";
import { cancelBookingAction, releaseHoldAction } from "./actions";
import { loadOwnBooking } from "./load-booking";

export const metadata = { title: "Booking" };

export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cancelled?: string; released?: string }>;
}) {
  await connection();
  const { id } = await params;
  const user = await requirePageRole(AREA_ROLES.traveler);
  const b = await loadOwnBooking(() => webContext(user).then((ctx) => getMyBooking(ctx, id)));
  const query = await searchParams;
  const justReleased = query.released === "1" && b.status === "cancelled";
  const justCancelled = query.cancelled === "1" && b.status === "cancelled";
  return (
    <Page
      title={`Booking ${b.reference}`}
      description={b.launch.title}
      actions={<BookingStatusBadge status={b.status} />}
    >
      {justReleased ? (
        <div className="mb-4">
          <Alert tone="success">Seats released. They are back on sale; nothing was charged.</Alert>
        </div>
      ) : null}
      {justCancelled ? (
        <div className="mb-4">
          <Alert tone="success">
            {(b.refundCents ?? 0) > 0
              ? `Booking cancelled. Refund: ${formatUsd(b.refundCents ?? 0)} (${b.refundPercent ?? 0} %), on its way to your card.`
              : "Booking cancelled. Under the refund terms you accepted, this cancellation returns nothing."}
          </Alert>
        </div>
      ) : null}
      <div className="mb-4 empty:hidden">
        <LaunchOutcome booking={b} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="text-lg font-semibold">Trip</h2>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Launch</dt>
            <dd>
              <Link href={launchPath(b.launch.slug)} className="text-brand-700 underline">
                {b.launch.title}
              </Link>
            </dd>
            <dt className="text-slate-600">Launch date</dt>
            <dd>
              <LocalDateTime iso={b.launch.date} />
            </dd>
            <dt className="text-slate-600">Launch status</dt>
            <dd>
              <StatusBadge status={b.launch.status} />
            </dd>
            <dt className="text-slate-600">Agency</dt>
            <dd>{b.launch.agency.name}</dd>
            <dt className="text-slate-600">Seats</dt>
            <dd>{b.seats.join(", ")}</dd>
            <dt className="text-slate-600">Amount</dt>
            <dd>{formatUsd(b.amountCents)}</dd>
            {b.refundCents !== undefined ? (
              <>
                <dt className="text-slate-600">Refund</dt>
                <dd>
                  {formatUsd(b.refundCents)} ({b.refundPercent} %)
                </dd>
              </>
            ) : null}
            {b.refundTermsAcceptedAt ? (
              <>
                <dt className="text-slate-600">Refund terms accepted</dt>
                <dd>
                  <LocalDateTime iso={b.refundTermsAcceptedAt} />
                </dd>
              </>
            ) : null}
            <dt className="text-slate-600">Booked</dt>
            <dd>
              <LocalDateTime iso={b.createdAt} />
            </dd>
          </dl>
          <h3 className="mt-6 font-semibold">Passengers</h3>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-1">
                  Seat
                </th>
                <th scope="col">Name</th>
                <th scope="col" className="hidden sm:table-cell">
                  Email
                </th>
                <th scope="col">Date of birth</th>
              </tr>
            </thead>
            <tbody>
              {b.passengers.map((p) => (
                <tr key={p.seat} className="border-t border-slate-100">
                  <td className="py-1">{p.seat}</td>
                  <td>{p.name}</td>
                  <td className="hidden sm:table-cell">{p.email}</td>
                  <td>{p.dateOfBirth}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BookingDocuments booking={b} />
          <div className="mt-6">
            {b.status === "held" ? (
              <div className="flex flex-col items-start gap-3">
                <Link href={`/traveler/bookings/${b.id}/pay`} className={buttonClass("primary")}>
                  Continue to payment
                </Link>
                <CancelBooking
                  variant="release"
                  bookingId={b.id}
                  refundPercent={0}
                  refundText={b.seats.join(", ")}
                  cancelAction={releaseHoldAction}
                />
              </div>
            ) : b.cancellation.allowed ? (
              <CancelBooking
                bookingId={b.id}
                refundPercent={b.cancellation.quote.refundPercent}
                refundText={`${formatUsd(b.cancellation.quote.refundCents)} (${b.cancellation.quote.refundPercent} % of ${formatUsd(b.amountCents)})`}
                cancelAction={cancelBookingAction}
              />
            ) : b.status === "confirmed" && b.launch.status !== "failed" ? (
              <p className="text-sm text-slate-600">{b.cancellation.reason}</p>
            ) : null}
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Launch status history</h2>
          <div className="mt-3">
            <StatusTimeline history={b.launch.statusHistory} />
          </div>
        </Card>
      </div>
    </Page>
  );
}
