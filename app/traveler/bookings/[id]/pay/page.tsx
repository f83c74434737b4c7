import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PaymentForm } from "@/components/booking/payment-form";
import { Card, Page } from "@/components/ui/page";
import { requireRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { holdSecondsLeft } from "@/lib/bookings/rules";
import { getMyBooking } from "@/lib/bookings/service";
import { launchPath } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";
import { loadOwnBooking } from "../load-booking";
import { payBookingAction } from "./actions";

export const metadata = { title: "Payment" };

export default async function PayPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireRole(AREA_ROLES.traveler, `/traveler/bookings/${id}/pay`);
  const booking = await loadOwnBooking(() => webContext(user).then((ctx) => getMyBooking(ctx, id)));
  if (booking.status !== "held" || !booking.expiresAt) redirect(`/traveler/bookings/${id}`);
  return (
    <Page title="Payment" description={`${booking.launch.title} · booking ${booking.reference}`}>
      <Card>
        <p className="mb-4 text-sm text-slate-700">
          Seat{booking.seats.length === 1 ? "" : "s"} {booking.seats.join(", ")} ·{" "}
          {booking.passengers.map((p) => p.name).join(", ")} · total <strong>{formatUsd(booking.amountCents)}</strong>
        </p>
        <PaymentForm
          bookingId={booking.id}
          secondsLeft={holdSecondsLeft(new Date(booking.expiresAt), new Date())}
          amount={formatUsd(booking.amountCents)}
          launchHref={launchPath(booking.launch.slug)}
          payAction={payBookingAction}
        />
      </Card>
    </Page>
  );
}
