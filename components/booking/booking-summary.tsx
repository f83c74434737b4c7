import Link from "next/link";
import type { ReactNode } from "react";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { BookingWithLaunch } from "@/lib/bookings/service";
import { formatUsd } from "@/lib/money";

/**
 * What the traveler is paying for, kept in view beside the payment form (sticky on a wide
 * screen, first on a phone): launch, date, seats, passengers, price per seat, total and the
 * refund terms in brief, with a way back to change the seats.
 */
export function BookingSummary({
  booking,
  changeSeats,
  refundTerms,
}: {
  booking: BookingWithLaunch;
  changeSeats: ReactNode;
  refundTerms: ReactNode;
}) {
  const perSeat = booking.seats.length ? booking.amountCents / booking.seats.length : 0;
  return (
    <aside
      aria-labelledby="summary-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-4"
    >
      <h2 id="summary-heading" className="text-lg font-semibold">
        Your trip
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">Launch</dt>
        <dd>
          <Link href={`/launches/${booking.launch.slug}`} className="text-brand-700 underline">
            {booking.launch.title}
          </Link>
        </dd>
        <dt className="text-slate-600">Date</dt>
        <dd>
          <LocalDateTime iso={booking.launch.date} />
        </dd>
        <dt className="text-slate-600">Seats</dt>
        <dd>{booking.seats.join(", ")}</dd>
        <dt className="text-slate-600">Passengers</dt>
        <dd>
          <ul>
            {booking.passengers.map((p) => (
              <li key={p.seat}>{p.name}</li>
            ))}
          </ul>
        </dd>
        <dt className="text-slate-600">Price per seat</dt>
        <dd>{formatUsd(perSeat)}</dd>
        <dt className="font-semibold text-slate-900">Total</dt>
        <dd className="font-semibold text-slate-900">{formatUsd(booking.amountCents)}</dd>
      </dl>
      <div className="mt-4 border-t border-slate-100 pt-3">
        <h3 className="text-sm font-semibold text-slate-900">If you cancel</h3>
        <div className="mt-1">{refundTerms}</div>
      </div>
      <div className="mt-4">{changeSeats}</div>
    </aside>
  );
}
