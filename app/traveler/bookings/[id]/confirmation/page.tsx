import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getMyBooking } from "@/lib/bookings/service";
import { formatUsd } from "@/lib/money";
import { loadOwnBooking } from "../load-booking";

export const metadata = { title: "Booking confirmed" };

export default async function ConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requirePageRole(AREA_ROLES.traveler);
  const booking = await loadOwnBooking(() => webContext(user).then((ctx) => getMyBooking(ctx, id)));
  if (booking.status !== "confirmed") redirect(`/traveler/bookings/${id}`);
  return (
    <Page title="Booking confirmed">
      <Card>
        <Alert tone="success">
          Your booking reference is <strong className="font-mono text-base">{booking.reference}</strong>. A confirmation
          email is on its way to {user.email}.
        </Alert>
        <dl className="mt-4 grid grid-cols-2 gap-2 text-sm sm:max-w-lg">
          <dt className="text-slate-600">Launch</dt>
          <dd>{booking.launch.title}</dd>
          <dt className="text-slate-600">Date</dt>
          <dd>
            <LocalDateTime iso={booking.launch.date} />
          </dd>
          <dt className="text-slate-600">Seats</dt>
          <dd>{booking.seats.join(", ")}</dd>
          <dt className="text-slate-600">Paid</dt>
          <dd>{formatUsd(booking.amountCents)}</dd>
        </dl>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={`/traveler/bookings/${booking.id}`} className={buttonClass("primary")}>
            View booking
          </Link>
          <Link href="/traveler" className={buttonClass("secondary")}>
            My bookings
          </Link>
        </div>
      </Card>
    </Page>
  );
}
